package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Deletes a message the webhook sent. It authenticates with the token in the path, without the bot
 * token; when {@link dev.gloam.http.InteractionClient} makes it for an interaction, it is exempt
 * from the global rate limit. Maps "Delete Webhook Message" ({@code DELETE
 * /webhooks/{webhook.id}/{webhook.token}/messages/{message.id}}, resources/webhook). Obtained from
 * {@link dev.gloam.http.WebhookRequests#deleteWebhookMessage} or {@link
 * dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * client.deleteWebhookMessage(webhookId, token, messageId).send();
 * }</pre>
 */
public final class DeleteWebhookMessage extends Request<EmptyBody> {
  private final boolean interaction;

  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#deleteWebhookMessage} or {@link
   * dev.gloam.http.InteractionClient} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook, or the application for interaction answers
   * @param token the webhook's or the interaction's token
   * @param messageId the message
   * @param interaction whether this answers an interaction
   */
  public DeleteWebhookMessage(
      Transport transport,
      Id<WebhookMarker> webhookId,
      String token,
      Id<MessageMarker> messageId,
      boolean interaction) {
    super(transport, Route.DELETE_WEBHOOK_MESSAGE, BodyReader.empty(), webhookId, token, messageId);
    this.interaction = interaction;
  }

  /**
   * Reaches the message in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public DeleteWebhookMessage threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /** Answers to interactions are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return interaction;
  }
}
