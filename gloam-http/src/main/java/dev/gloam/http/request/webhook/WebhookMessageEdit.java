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

/**
 * An edit of a message a webhook sent, shared by the edit of the first answer to an interaction and
 * of any other webhook message (resources/webhook, "Edit Webhook Message"). The message fields come
 * from {@link PollField} and its {@link dev.gloam.http.request.channel.message.MessageFields} like
 * every other message request; this class adds the query parameters the two edits share, and sends
 * the draft as JSON or multipart. It authenticates with the token in the path, without the bot
 * token; when {@link dev.gloam.http.InteractionClient} makes it for an interaction, it is exempt
 * from the global rate limit.
 *
 * <pre>{@code
 * client.updateWebhookMessage(webhookId, token, messageId).threadId(threadId).content("edited").send();
 * }</pre>
 *
 * @param <S> the request type, returned by each setter for chaining
 */
public abstract sealed class WebhookMessageEdit<S extends WebhookMessageEdit<S>>
    extends Request<Message> implements PollField<S>
    permits UpdateOriginalWebhookMessage, UpdateWebhookMessage {
  private final boolean interaction;
  private final MessageDraft draft = new MessageDraft();

  /**
   * Creates the request.
   *
   * @param transport the client's transport
   * @param route the edit route
   * @param interaction whether this answers an interaction
   * @param pathValues the webhook, its token, and the message when it is not the original
   */
  WebhookMessageEdit(Transport transport, Route route, boolean interaction, Object... pathValues) {
    super(transport, route, BodyReader.of(Message.class), pathValues);
    this.interaction = interaction;
  }

  /**
   * Returns this request, typed for chaining.
   *
   * @return this request
   */
  abstract S self();

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
  public S withComponents(boolean withComponents) {
    query().set("with_components", withComponents);
    return self();
  }

  /**
   * Reaches the message in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public S threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return self();
  }

  @Override
  protected void validate() {
    draft.validate();
  }

  @Override
  protected RequestBody body() {
    return draft.body();
  }

  /** Answers to interactions are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return interaction;
  }
}
