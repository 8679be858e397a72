package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Reads the first answer to an interaction (its {@code @original} message). It authenticates with
 * the token in the path, without the bot token; when {@link dev.gloam.http.InteractionClient} makes
 * it for an interaction, it is exempt from the global rate limit. Maps "Get Original Interaction
 * Response" ({@code GET /webhooks/{webhook.id}/{webhook.token}/messages/@original},
 * resources/webhook). Obtained from {@link dev.gloam.http.WebhookRequests#originalWebhookMessage}
 * or {@link dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * Message first = client.interaction(applicationId).response(token).send().model();
 * }</pre>
 */
public final class GetOriginalWebhookMessage extends Request<Message> {
  private final boolean interaction;

  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#originalWebhookMessage} or
   * {@link dev.gloam.http.InteractionClient} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook, or the application for interaction answers
   * @param token the webhook's or the interaction's token
   * @param interaction whether this answers an interaction
   */
  public GetOriginalWebhookMessage(
      Transport transport, Id<WebhookMarker> webhookId, String token, boolean interaction) {
    super(
        transport,
        Route.GET_ORIGINAL_WEBHOOK_MESSAGE,
        BodyReader.of(Message.class),
        webhookId,
        token);
    this.interaction = interaction;
  }

  /**
   * Reaches the message in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public GetOriginalWebhookMessage threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /** Answers to interactions are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return interaction;
  }
}
