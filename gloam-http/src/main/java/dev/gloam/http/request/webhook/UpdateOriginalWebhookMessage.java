package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.request.channel.message.MessageDraft;
import dev.gloam.http.request.channel.message.PollField;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Edits the first answer to an interaction (its {@code @original} message). Fields not set stay as
 * they are; a field set to {@code null} is cleared. It authenticates with the token in the path,
 * without the bot token; when {@link dev.gloam.http.InteractionClient} makes it for an interaction,
 * it is exempt from the global rate limit. Maps "Edit Original Interaction Response" ({@code PATCH
 * /webhooks/{webhook.id}/{webhook.token}/messages/@original}, resources/webhook). Obtained from
 * {@link dev.gloam.http.WebhookRequests#updateOriginalWebhookMessage} or {@link
 * dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * client.interaction(applicationId).updateResponse(token).content("done").send();
 * }</pre>
 */
public final class UpdateOriginalWebhookMessage extends Request<Message>
    implements PollField<UpdateOriginalWebhookMessage> {
  private final boolean interaction;
  private final MessageDraft draft = new MessageDraft();

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
    super(
        transport,
        Route.UPDATE_ORIGINAL_WEBHOOK_MESSAGE,
        BodyReader.of(Message.class),
        webhookId,
        token);
    this.interaction = interaction;
  }

  @Override
  public MessageDraft draft() {
    return draft;
  }

  /**
   * Sets whether interactive components are allowed although the webhook does not belong to an
   * application.
   *
   * @param withComponents {@code true} to send components
   * @return this request
   */
  public UpdateOriginalWebhookMessage withComponents(boolean withComponents) {
    query().set("with_components", withComponents);
    return this;
  }

  @Override
  protected void validate() {
    draft.validate();
  }

  @Override
  protected RequestBody body() {
    return draft.body(draft.tree());
  }

  /**
   * Reaches the message in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public UpdateOriginalWebhookMessage threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /** Answers to interactions are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return interaction;
  }
}
