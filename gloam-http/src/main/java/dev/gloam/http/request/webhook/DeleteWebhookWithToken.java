package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Deletes a webhook by its token. It authenticates with the token in the path, without the bot
 * token. Maps "Delete Webhook with Token" ({@code DELETE /webhooks/{webhook.id}/{webhook.token}},
 * resources/webhook). Obtained from {@link dev.gloam.http.WebhookRequests#deleteWebhook}.
 *
 * <pre>{@code
 * client.deleteWebhook(webhookId, token).send();
 * }</pre>
 */
public final class DeleteWebhookWithToken extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#deleteWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   * @param token the webhook's token
   */
  public DeleteWebhookWithToken(Transport transport, Id<WebhookMarker> webhookId, String token) {
    super(transport, Route.DELETE_WEBHOOK_BY_TOKEN, BodyReader.empty(), webhookId, token);
  }
}
