package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * The partner SDK's provisional accounts and tokens, and moderation metadata of its DMs.
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code PUT
 *       /partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message_id}/moderation-metadata}
 *   <li>{@code POST /partner-sdk/provisional-accounts/unmerge}
 *   <li>{@code POST /partner-sdk/provisional-accounts/unmerge/bot}
 *   <li>{@code POST /partner-sdk/token}
 *   <li>{@code POST /partner-sdk/token/bot}
 * </ul>
 */
public sealed interface PartnerSdkRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
