package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Deletes the first answer to an interaction (its {@code @original} message). It authenticates with
 * the token in the path, without the bot token; when {@link dev.gloam.http.InteractionClient} makes
 * it for an interaction, it is exempt from the global rate limit. Maps "Delete Original Interaction
 * Response" ({@code DELETE /webhooks/{webhook.id}/{webhook.token}/messages/@original},
 * resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#deleteOriginalWebhookMessage} or {@link
 * dev.gloam.http.InteractionClient}.
 *
 * <pre>{@code
 * client.interaction(applicationId).deleteResponse(token).send();
 * }</pre>
 */
public final class DeleteOriginalWebhookMessage extends Request<EmptyBody> {
  private final boolean interaction;

  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#deleteOriginalWebhookMessage} or
   * {@link dev.gloam.http.InteractionClient} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook, or the application for interaction answers
   * @param token the webhook's or the interaction's token
   * @param interaction whether this answers an interaction
   */
  public DeleteOriginalWebhookMessage(
      Transport transport, Id<WebhookMarker> webhookId, String token, boolean interaction) {
    super(transport, Route.DELETE_ORIGINAL_WEBHOOK_MESSAGE, BodyReader.empty(), webhookId, token);
    this.interaction = interaction;
  }

  /**
   * Reaches the message in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public DeleteOriginalWebhookMessage threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /** Answers to interactions are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return interaction;
  }
}
