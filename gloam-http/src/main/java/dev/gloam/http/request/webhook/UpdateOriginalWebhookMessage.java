package dev.gloam.http.request.webhook;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Edits the first answer to an interaction (its {@code @original} message). Fields not set stay as
 * they are; a field set to {@code null} is cleared. Maps "Edit Original Interaction Response"
 * ({@code PATCH /webhooks/{webhook.id}/{webhook.token}/messages/@original}, resources/webhook).
 * Obtained from {@link dev.gloam.http.WebhookRequests#updateOriginalWebhookMessage} or {@link
 * dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * client.interaction(applicationId).updateResponse(token).content("done").send();
 * }</pre>
 */
public final class UpdateOriginalWebhookMessage
    extends WebhookMessageEdit<UpdateOriginalWebhookMessage> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#updateOriginalWebhookMessage} or
   * {@link dev.gloam.http.InteractionClient} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook, or the application for interaction answers
   * @param token the webhook's or the interaction's token
   * @param interaction whether this answers an interaction
   */
  public UpdateOriginalWebhookMessage(
      Transport transport, Id<WebhookMarker> webhookId, String token, boolean interaction) {
    super(transport, Route.UPDATE_ORIGINAL_WEBHOOK_MESSAGE, interaction, webhookId, token);
  }

  @Override
  UpdateOriginalWebhookMessage self() {
    return this;
  }
}
