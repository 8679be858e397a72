package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.request.channel.message.MessageDraft;
import dev.gloam.http.request.channel.message.PollField;
import dev.gloam.http.request.channel.message.TtsField;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.TagMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.Check;
import dev.gloam.validate.webhook.WebhookChecks;
import java.util.List;
import java.util.Optional;

/**
 * Sends a message through a webhook, with files if attached. Discord answers with the message only
 * when {@link #wait(boolean)} is set; otherwise the answer is empty. It authenticates with the
 * token in the path, without the bot token. Maps "Execute Webhook" ({@code POST
 * /webhooks/{webhook.id}/{webhook.token}}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#executeWebhook}.
 *
 * <pre>{@code
 * Message sent = client.executeWebhook(webhookId, token)
 *     .content("Deployed v1.2")
 *     .username("CI")
 *     .wait(true)
 *     .send()
 *     .model()
 *     .orElseThrow();
 * }</pre>
 */
public final class ExecuteWebhook extends Request<Optional<Message>>
    implements PollField<ExecuteWebhook>, TtsField<ExecuteWebhook> {
  private final MessageDraft draft = new MessageDraft();

  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#executeWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   * @param token the webhook's token
   */
  public ExecuteWebhook(Transport transport, Id<WebhookMarker> webhookId, String token) {
    super(
        transport,
        Route.EXECUTE_WEBHOOK,
        body ->
            body.length == 0 ? Optional.empty() : Optional.of(ModelJson.read(body, Message.class)),
        webhookId,
        token);
  }

  @Override
  public MessageDraft draft() {
    return draft;
  }

  /**
   * Sets whether Discord answers only once the message is stored, with the message.
   *
   * @param wait {@code true} to wait and get the message
   * @return this request
   */
  public ExecuteWebhook wait(boolean wait) {
    query().set("wait", wait);
    return this;
  }

  /**
   * Posts in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public ExecuteWebhook threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /**
   * Sets whether interactive components are allowed although the webhook does not belong to an
   * application (only non-interactive ones work then).
   *
   * @param withComponents {@code true} to send components
   * @return this request
   */
  public ExecuteWebhook withComponents(boolean withComponents) {
    query().set("with_components", withComponents);
    return this;
  }

  /**
   * Overrides the webhook's name for this message, 1 to 80 characters.
   *
   * @param username the name
   * @return this request
   */
  public ExecuteWebhook username(String username) {
    draft.set("username", username, () -> WebhookChecks.name("username", username));
    return this;
  }

  /**
   * Overrides the webhook's avatar for this message.
   *
   * @param avatarUrl the image URL
   * @return this request
   */
  public ExecuteWebhook avatarUrl(String avatarUrl) {
    draft.set("avatar_url", avatarUrl, () -> Check.maxLength("avatar_url", avatarUrl, 2048));
    return this;
  }

  /**
   * Creates a thread (a post, in a forum or media channel) with this name for the message.
   *
   * @param threadName the thread's name, up to 100 characters
   * @return this request
   */
  public ExecuteWebhook threadName(String threadName) {
    draft.set("thread_name", threadName, () -> Check.maxLength("thread_name", threadName, 100));
    return this;
  }

  /**
   * Sets the tags of the forum post created with {@link #threadName(String)}, up to 5.
   *
   * @param appliedTags the tags
   * @return this request
   */
  public ExecuteWebhook appliedTags(List<Id<TagMarker>> appliedTags) {
    List<Id<TagMarker>> tags = List.copyOf(appliedTags);
    draft.set("applied_tags", tags, () -> Check.count("applied_tags", tags, 0, 5));
    return this;
  }

  @Override
  protected void validate() {
    draft.validateNewMessage();
  }

  @Override
  protected RequestBody body() {
    return draft.body();
  }
}
