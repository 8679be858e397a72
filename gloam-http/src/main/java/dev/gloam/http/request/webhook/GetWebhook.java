package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.webhook.Webhook;

/**
 * Reads a webhook. Maps "Get Webhook" ({@code GET /webhooks/{webhook.id}}, resources/webhook).
 * Obtained from {@link dev.gloam.http.WebhookRequests#webhook}.
 *
 * <pre>{@code
 * Webhook hook = client.webhook(webhookId).send().model();
 * }</pre>
 */
public final class GetWebhook extends Request<Webhook> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#webhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   */
  public GetWebhook(Transport transport, Id<WebhookMarker> webhookId) {
    super(transport, Route.GET_WEBHOOK, BodyReader.of(Webhook.class), webhookId);
  }
}
