package dev.gloam.http.request.webhook;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.webhook.Webhook;
import dev.gloam.validate.webhook.WebhookChecks;

/**
 * Changes a webhook: name, avatar or channel. Maps "Modify Webhook" ({@code PATCH
 * /webhooks/{webhook.id}}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#updateWebhook}.
 *
 * <pre>{@code
 * client.updateWebhook(webhookId).name("deploys").send();
 * }</pre>
 */
public final class UpdateWebhook extends Request<Webhook> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#updateWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   */
  public UpdateWebhook(Transport transport, Id<WebhookMarker> webhookId) {
    super(transport, Route.UPDATE_WEBHOOK, BodyReader.of(Webhook.class), webhookId);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public UpdateWebhook reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  /**
   * Sets the name, 1 to 80 characters, without "clyde" or "discord".
   *
   * @param name the name
   * @return this request
   */
  public UpdateWebhook name(String name) {
    json().set("name", name);
    check(() -> WebhookChecks.name(name));
    return this;
  }

  /**
   * Sets the avatar as a data URI ({@code data:image/png;base64,...}); {@code null} removes it.
   *
   * @param avatar the image data
   * @return this request
   */
  public UpdateWebhook avatar(DataUri avatar) {
    json().set("avatar", avatar == null ? null : avatar.uri());
    return this;
  }

  /**
   * Moves the webhook to another channel of the guild.
   *
   * @param channelId the channel
   * @return this request
   */
  public UpdateWebhook channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    return this;
  }
}
