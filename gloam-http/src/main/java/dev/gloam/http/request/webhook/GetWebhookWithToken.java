package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.webhook.Webhook;

/**
 * Reads a webhook by its token; the answer has no user. It authenticates with the token in the
 * path, without the bot token. Maps "Get Webhook with Token" ({@code GET
 * /webhooks/{webhook.id}/{webhook.token}}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#webhook}.
 *
 * <pre>{@code
 * Webhook hook = client.webhook(webhookId, token).send().model();
 * }</pre>
 */
public final class GetWebhookWithToken extends Request<Webhook> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#webhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   * @param token the webhook's token
   */
  public GetWebhookWithToken(Transport transport, Id<WebhookMarker> webhookId, String token) {
    super(transport, Route.GET_WEBHOOK_BY_TOKEN, BodyReader.of(Webhook.class), webhookId, token);
  }
}
