package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.validate.Check;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Posts a Slack-formatted message through a webhook. gloam has no model of Slack's payloads, so
 * attachments are a JSON tree; the answer is Discord's text reply. It authenticates with the token
 * in the path, without the bot token. Maps "Execute Slack-Compatible Webhook" ({@code POST
 * /webhooks/{webhook.id}/{webhook.token}/slack}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#executeSlackWebhook}.
 *
 * <pre>{@code
 * client.executeSlackWebhook(webhookId, token).text("Deployed").send();
 * }</pre>
 */
public final class ExecuteSlackWebhook extends Request<String> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#executeSlackWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   * @param token the webhook's token
   */
  public ExecuteSlackWebhook(Transport transport, Id<WebhookMarker> webhookId, String token) {
    super(
        transport,
        Route.EXECUTE_SLACK_COMPATIBLE_WEBHOOK,
        body -> new String(body, StandardCharsets.UTF_8),
        webhookId,
        token);
  }

  /**
   * Posts in a thread of the webhook's channel.
   *
   * @param threadId the thread
   * @return this request
   */
  public ExecuteSlackWebhook threadId(Id<ChannelMarker> threadId) {
    query().set("thread_id", threadId);
    return this;
  }

  /**
   * Sets whether Discord answers only once the message is stored, with the message.
   *
   * @param wait {@code true} to wait
   * @return this request
   */
  public ExecuteSlackWebhook wait(boolean wait) {
    query().set("wait", wait);
    return this;
  }

  /**
   * Sets the text, up to 2000 characters.
   *
   * @param text the text
   * @return this request
   */
  public ExecuteSlackWebhook text(String text) {
    json().set("text", text);
    check(() -> Check.maxLength("text", text, 2000));
    return this;
  }

  /**
   * Overrides the webhook's name.
   *
   * @param username the name
   * @return this request
   */
  public ExecuteSlackWebhook username(String username) {
    json().set("username", username);
    return this;
  }

  /**
   * Overrides the webhook's avatar with an image URL.
   *
   * @param iconUrl the URL
   * @return this request
   */
  public ExecuteSlackWebhook iconUrl(String iconUrl) {
    json().set("icon_url", iconUrl);
    check(() -> Check.maxLength("icon_url", iconUrl, 2048));
    return this;
  }

  /**
   * Sets Slack's attachments (an array), as JSON.
   *
   * @param attachments the attachments
   * @return this request
   */
  public ExecuteSlackWebhook attachments(JsonNode attachments) {
    json().set("attachments", attachments);
    return this;
  }
}
