package dev.gloam.http.request.webhook;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Edits a message the webhook sent, or a follow-up to an interaction. Fields not set stay as they
 * are; a field set to {@code null} is cleared. Maps "Edit Webhook Message" ({@code PATCH
 * /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}}, resources/webhook). Obtained from
 * {@link dev.gloam.http.WebhookRequests#updateWebhookMessage} or {@link
 * dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * client.updateWebhookMessage(webhookId, token, messageId).content("edited").send();
 * }</pre>
 */
public final class UpdateWebhookMessage extends WebhookMessageEdit<UpdateWebhookMessage> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#updateWebhookMessage} or {@link
   * dev.gloam.http.InteractionClient} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook, or the application for interaction answers
   * @param token the webhook's or the interaction's token
   * @param messageId the message
   * @param interaction whether this answers an interaction
   */
  public UpdateWebhookMessage(
      Transport transport,
      Id<WebhookMarker> webhookId,
      String token,
      Id<MessageMarker> messageId,
      boolean interaction) {
    super(transport, Route.UPDATE_WEBHOOK_MESSAGE, interaction, webhookId, token, messageId);
  }

  @Override
  UpdateWebhookMessage self() {
    return this;
  }
}
