package dev.gloam.http;

import dev.gloam.http.request.webhook.CreateWebhook;
import dev.gloam.http.request.webhook.DeleteOriginalWebhookMessage;
import dev.gloam.http.request.webhook.DeleteWebhook;
import dev.gloam.http.request.webhook.DeleteWebhookMessage;
import dev.gloam.http.request.webhook.DeleteWebhookWithToken;
import dev.gloam.http.request.webhook.ExecuteGithubWebhook;
import dev.gloam.http.request.webhook.ExecuteSlackWebhook;
import dev.gloam.http.request.webhook.ExecuteWebhook;
import dev.gloam.http.request.webhook.GetChannelWebhooks;
import dev.gloam.http.request.webhook.GetGuildWebhooks;
import dev.gloam.http.request.webhook.GetOriginalWebhookMessage;
import dev.gloam.http.request.webhook.GetWebhook;
import dev.gloam.http.request.webhook.GetWebhookMessage;
import dev.gloam.http.request.webhook.GetWebhookWithToken;
import dev.gloam.http.request.webhook.UpdateOriginalWebhookMessage;
import dev.gloam.http.request.webhook.UpdateWebhook;
import dev.gloam.http.request.webhook.UpdateWebhookMessage;
import dev.gloam.http.request.webhook.UpdateWebhookWithToken;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Webhooks: create, read, change and delete them, and execute them with their token, including the
 * messages they sent (resources/webhook).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /channels/{channel_id}/webhooks}
 *   <li>{@code POST /channels/{channel_id}/webhooks}
 *   <li>{@code GET /guilds/{guild_id}/webhooks}
 *   <li>{@code POST /interactions/{interaction_id}/{interaction_token}/callback}
 *   <li>{@code DELETE /webhooks/{webhook_id}}
 *   <li>{@code GET /webhooks/{webhook_id}}
 *   <li>{@code PATCH /webhooks/{webhook_id}}
 *   <li>{@code DELETE /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code GET /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code PATCH /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code POST /webhooks/{webhook_id}/{webhook_token}}
 *   <li>{@code POST /webhooks/{webhook_id}/{webhook_token}/github}
 *   <li>{@code DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original}
 *   <li>{@code GET /webhooks/{webhook_id}/{webhook_token}/messages/@original}
 *   <li>{@code PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original}
 *   <li>{@code DELETE /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}
 *   <li>{@code GET /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}
 *   <li>{@code PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}}
 *   <li>{@code POST /webhooks/{webhook_id}/{webhook_token}/slack}
 * </ul>
 */
public sealed interface WebhookRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Reads the webhooks of a channel. Maps "Get Channel Webhooks".
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default GetChannelWebhooks channelWebhooks(Id<ChannelMarker> channelId) {
    return new GetChannelWebhooks(transport(), channelId);
  }

  /**
   * Reads the webhooks of a guild. Maps "Get Guild Webhooks".
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetGuildWebhooks guildWebhooks(Id<GuildMarker> guildId) {
    return new GetGuildWebhooks(transport(), guildId);
  }

  /**
   * Creates a webhook. Maps "Create Webhook".
   *
   * @param channelId the channel
   * @param name the name, 1 to 80 characters
   * @return the request, to fill in and send
   */
  default CreateWebhook createWebhook(Id<ChannelMarker> channelId, String name) {
    return new CreateWebhook(transport(), channelId, name);
  }

  /**
   * Reads a webhook. Maps "Get Webhook".
   *
   * @param webhookId the webhook
   * @return the request, to fill in and send
   */
  default GetWebhook webhook(Id<WebhookMarker> webhookId) {
    return new GetWebhook(transport(), webhookId);
  }

  /**
   * Reads a webhook by its token. Maps "Get Webhook with Token". The token authenticates the
   * request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default GetWebhookWithToken webhook(Id<WebhookMarker> webhookId, String token) {
    return new GetWebhookWithToken(transport(), webhookId, token);
  }

  /**
   * Changes a webhook. Maps "Modify Webhook".
   *
   * @param webhookId the webhook
   * @return the request, to fill in and send
   */
  default UpdateWebhook updateWebhook(Id<WebhookMarker> webhookId) {
    return new UpdateWebhook(transport(), webhookId);
  }

  /**
   * Changes a webhook by its token. Maps "Modify Webhook with Token". The token authenticates the
   * request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default UpdateWebhookWithToken updateWebhook(Id<WebhookMarker> webhookId, String token) {
    return new UpdateWebhookWithToken(transport(), webhookId, token);
  }

  /**
   * Deletes a webhook. Maps "Delete Webhook".
   *
   * @param webhookId the webhook
   * @return the request, to fill in and send
   */
  default DeleteWebhook deleteWebhook(Id<WebhookMarker> webhookId) {
    return new DeleteWebhook(transport(), webhookId);
  }

  /**
   * Deletes a webhook by its token. Maps "Delete Webhook with Token". The token authenticates the
   * request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default DeleteWebhookWithToken deleteWebhook(Id<WebhookMarker> webhookId, String token) {
    return new DeleteWebhookWithToken(transport(), webhookId, token);
  }

  /**
   * Sends a message through a webhook. Maps "Execute Webhook". The token authenticates the request;
   * the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default ExecuteWebhook executeWebhook(Id<WebhookMarker> webhookId, String token) {
    return new ExecuteWebhook(transport(), webhookId, token);
  }

  /**
   * Posts a GitHub event through a webhook. Maps "Execute GitHub-Compatible Webhook". The token
   * authenticates the request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default ExecuteGithubWebhook executeGithubWebhook(Id<WebhookMarker> webhookId, String token) {
    return new ExecuteGithubWebhook(transport(), webhookId, token);
  }

  /**
   * Posts a Slack message through a webhook. Maps "Execute Slack-Compatible Webhook". The token
   * authenticates the request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default ExecuteSlackWebhook executeSlackWebhook(Id<WebhookMarker> webhookId, String token) {
    return new ExecuteSlackWebhook(transport(), webhookId, token);
  }

  /**
   * Reads a message the webhook sent. Maps "Get Webhook Message". The token authenticates the
   * request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default GetWebhookMessage webhookMessage(
      Id<WebhookMarker> webhookId, String token, Id<MessageMarker> messageId) {
    return new GetWebhookMessage(transport(), webhookId, token, messageId, false);
  }

  /**
   * Edits a message the webhook sent. Maps "Edit Webhook Message". The token authenticates the
   * request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default UpdateWebhookMessage updateWebhookMessage(
      Id<WebhookMarker> webhookId, String token, Id<MessageMarker> messageId) {
    return new UpdateWebhookMessage(transport(), webhookId, token, messageId, false);
  }

  /**
   * Deletes a message the webhook sent. Maps "Delete Webhook Message". The token authenticates the
   * request; the bot token is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default DeleteWebhookMessage deleteWebhookMessage(
      Id<WebhookMarker> webhookId, String token, Id<MessageMarker> messageId) {
    return new DeleteWebhookMessage(transport(), webhookId, token, messageId, false);
  }

  /**
   * Reads the {@code @original} message of a webhook token; for interactions, use {@link
   * InteractionClient#response(String)}. The token authenticates the request; the bot token is not
   * sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default GetOriginalWebhookMessage originalWebhookMessage(
      Id<WebhookMarker> webhookId, String token) {
    return new GetOriginalWebhookMessage(transport(), webhookId, token, false);
  }

  /**
   * Edits the {@code @original} message of a webhook token; for interactions, use {@link
   * InteractionClient#updateResponse(String)}. The token authenticates the request; the bot token
   * is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default UpdateOriginalWebhookMessage updateOriginalWebhookMessage(
      Id<WebhookMarker> webhookId, String token) {
    return new UpdateOriginalWebhookMessage(transport(), webhookId, token, false);
  }

  /**
   * Deletes the {@code @original} message of a webhook token; for interactions, use {@link
   * InteractionClient#deleteResponse(String)}. The token authenticates the request; the bot token
   * is not sent.
   *
   * @param webhookId the webhook
   * @param token the webhook's token
   * @return the request, to fill in and send
   */
  default DeleteOriginalWebhookMessage deleteOriginalWebhookMessage(
      Id<WebhookMarker> webhookId, String token) {
    return new DeleteOriginalWebhookMessage(transport(), webhookId, token, false);
  }
}
