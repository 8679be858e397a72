package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Webhooks: create, read, change and delete them, and execute them with their token, including the
 * messages they sent (resources/webhook).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /channels/{channel_id}/webhooks}
 *   <li>{@code POST /channels/{channel_id}/webhooks}
 *   <li>{@code GET /guilds/{guild_id}/webhooks}
 *   <li>{@code POST /interactions/{interaction_id}/{interaction_token}/callback}
 *   <li>{@code DELETE /webhooks/{webhook_id}}
 *   <li>{@code GET /webhooks/{webhook_id}}
 *   <li>{@code PATCH /webhooks/{webhook_id}}
 *   <li>{@code DELETE /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code GET /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code PATCH /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code POST /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code POST /webhooks/{webhook_id}/{webhook_token}/github}
 *   <li>{@code DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original}
 *   <li>{@code GET /webhooks/{webhook_id}/{webhook_token}/messages/@original}
 *   <li>{@code PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original}
 *   <li>{@code DELETE /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}
 *   <li>{@code GET /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}
 *   <li>{@code PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}
 *   <li>{@code POST /webhooks/{webhook_id}/{webhook_token}/slack}
 * </ul>
 */
public sealed interface WebhookRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
