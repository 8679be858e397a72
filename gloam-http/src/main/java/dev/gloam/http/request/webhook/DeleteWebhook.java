package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Deletes a webhook. Maps "Delete Webhook" ({@code DELETE /webhooks/{webhook.id}},
 * resources/webhook). Obtained from {@link dev.gloam.http.WebhookRequests#deleteWebhook}.
 *
 * <pre>{@code
 * client.deleteWebhook(webhookId).reason("unused").send();
 * }</pre>
 */
public final class DeleteWebhook extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#deleteWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   */
  public DeleteWebhook(Transport transport, Id<WebhookMarker> webhookId) {
    super(transport, Route.DELETE_WEBHOOK, BodyReader.empty(), webhookId);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public DeleteWebhook reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
