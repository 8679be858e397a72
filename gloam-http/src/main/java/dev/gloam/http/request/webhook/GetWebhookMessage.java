package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Reads a message the webhook sent. It authenticates with the token in the path, without the bot
 * token; when {@link dev.gloam.http.InteractionClient} makes it for an interaction, it is exempt
 * from the global rate limit. Maps "Get Webhook Message" ({@code GET
 * /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}}, resources/webhook). Obtained from
 * {@link dev.gloam.http.WebhookRequests#webhookMessage} or {@link
 * dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * Message message = client.webhookMessage(webhookId, token, messageId).send().model();
 * }</pre>
 */
public final class GetWebhookMessage extends Request<Message> {
  private final boolean interaction;

  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#webhookMessage} or {@link
   * dev.gloam.http.InteractionClient} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook, or the application for interaction answers
   * @param token the webhook's or the interaction's token
   * @param messageId the message
   * @param interaction whether this answers an interaction
   */
  public GetWebhookMessage(
      Transport transport,
      Id<WebhookMarker> webhookId,
      String token,
      Id<MessageMarker> messageId,
      boolean interaction) {
    super(
        transport,
        Route.GET_WEBHOOK_MESSAGE,
        BodyReader.of(Message.class),
        webhookId,
        token,
        messageId);
    this.interaction = interaction;
  }

  /**
   * Reaches the message in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public GetWebhookMessage threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /** Answers to interactions are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return interaction;
  }
}
