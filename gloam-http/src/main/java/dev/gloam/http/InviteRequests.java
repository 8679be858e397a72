package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Invites: create and list those of a channel, list those of a guild, resolve and revoke them by
 * code, and their target users (resources/invite).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /channels/{channel_id}/invites}
 *   <li>{@code POST /channels/{channel_id}/invites}
 *   <li>{@code DELETE /invites/{code}}
 *   <li>{@code GET /invites/{code}}
 *   <li>{@code GET /invites/{code}/target-users}
 *   <li>{@code PUT /invites/{code}/target-users}
 *   <li>{@code GET /invites/{code}/target-users/job-status}
 * </ul>
 */
public sealed interface InviteRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
