package dev.gloam.http;

import dev.gloam.http.request.interaction.CreateFollowup;
import dev.gloam.http.request.interaction.CreateInteractionResponse;
import dev.gloam.http.request.webhook.DeleteOriginalWebhookMessage;
import dev.gloam.http.request.webhook.DeleteWebhookMessage;
import dev.gloam.http.request.webhook.GetOriginalWebhookMessage;
import dev.gloam.http.request.webhook.GetWebhookMessage;
import dev.gloam.http.request.webhook.UpdateOriginalWebhookMessage;
import dev.gloam.http.request.webhook.UpdateWebhookMessage;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import java.util.Objects;

/**
 * The requests that answer interactions of one application: the initial response and follow-up
 * messages (interactions/receiving-and-responding). They authenticate with the interaction's token
 * in the path, never with the client's token, and Discord exempts them from the global rate limit.
 * Obtained from {@link Client#interaction(Id)}.
 */
public final class InteractionClient {
  private final Transport transport;
  private final Id<ApplicationMarker> applicationId;

  InteractionClient(Transport transport, Id<ApplicationMarker> applicationId) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
  }

  /**
   * Returns the application whose interactions this client answers.
   *
   * @return the application id
   */
  public Id<ApplicationMarker> applicationId() {
    return applicationId;
  }

  /**
   * Answers an interaction: with a message, a deferral, an update, autocomplete choices, a modal or
   * an activity. Maps "Create Interaction Response" ({@code POST
   * /interactions/{interaction.id}/{interaction.token}/callback}).
   *
   * @param interactionId the interaction
   * @param token the interaction's token
   * @return the request, to fill in and send
   */
  public CreateInteractionResponse createResponse(
      Id<InteractionMarker> interactionId, String token) {
    return new CreateInteractionResponse(transport, interactionId, token);
  }

  /**
   * Reads the first answer's message. Maps "Get Original Interaction Response" ({@code GET
   * /webhooks/{application.id}/{interaction.token}/messages/@original}).
   *
   * @param token the interaction's token
   * @return the request, to send
   */
  public GetOriginalWebhookMessage response(String token) {
    return new GetOriginalWebhookMessage(transport, webhookId(), token, true);
  }

  /**
   * Edits the first answer's message, or sends it after a deferral. Maps "Edit Original Interaction
   * Response" ({@code PATCH /webhooks/{application.id}/{interaction.token}/messages/@original}).
   *
   * @param token the interaction's token
   * @return the request, to fill in and send
   */
  public UpdateOriginalWebhookMessage updateResponse(String token) {
    return new UpdateOriginalWebhookMessage(transport, webhookId(), token, true);
  }

  /**
   * Deletes the first answer's message. Maps "Delete Original Interaction Response" ({@code DELETE
   * /webhooks/{application.id}/{interaction.token}/messages/@original}).
   *
   * @param token the interaction's token
   * @return the request, to send
   */
  public DeleteOriginalWebhookMessage deleteResponse(String token) {
    return new DeleteOriginalWebhookMessage(transport, webhookId(), token, true);
  }

  /**
   * Sends a follow-up message. Maps "Create Followup Message" ({@code POST
   * /webhooks/{application.id}/{interaction.token}}).
   *
   * @param token the interaction's token
   * @return the request, to fill in and send
   */
  public CreateFollowup createFollowup(String token) {
    return new CreateFollowup(transport, webhookId(), token);
  }

  /**
   * Reads a follow-up message. Maps "Get Followup Message".
   *
   * @param token the interaction's token
   * @param messageId the follow-up message
   * @return the request, to send
   */
  public GetWebhookMessage followup(String token, Id<MessageMarker> messageId) {
    return new GetWebhookMessage(transport, webhookId(), token, messageId, true);
  }

  /**
   * Edits a follow-up message. Maps "Edit Followup Message".
   *
   * @param token the interaction's token
   * @param messageId the follow-up message
   * @return the request, to fill in and send
   */
  public UpdateWebhookMessage updateFollowup(String token, Id<MessageMarker> messageId) {
    return new UpdateWebhookMessage(transport, webhookId(), token, messageId, true);
  }

  /**
   * Deletes a follow-up message. Maps "Delete Followup Message".
   *
   * @param token the interaction's token
   * @param messageId the follow-up message
   * @return the request, to send
   */
  public DeleteWebhookMessage deleteFollowup(String token, Id<MessageMarker> messageId) {
    return new DeleteWebhookMessage(transport, webhookId(), token, messageId, true);
  }

  private Id<WebhookMarker> webhookId() {
    // Interaction answers go through the application's webhook, whose id is the application's.
    return applicationId.cast();
  }

  @Override
  public String toString() {
    return "InteractionClient[" + applicationId + "]";
  }
}
