package dev.gloam.http.request.webhook;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.webhook.Webhook;
import dev.gloam.validate.webhook.WebhookChecks;

/**
 * Creates an incoming webhook in a channel; its answer carries the token. Maps "Create Webhook"
 * ({@code POST /channels/{channel.id}/webhooks}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#createWebhook}.
 *
 * <pre>{@code
 * Webhook hook = client.createWebhook(channelId, "alerts").send().model();
 * }</pre>
 */
public final class CreateWebhook extends Request<Webhook> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#createWebhook} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param name the name, 1 to 80 characters
   */
  public CreateWebhook(Transport transport, Id<ChannelMarker> channelId, String name) {
    super(transport, Route.CREATE_WEBHOOK, BodyReader.of(Webhook.class), channelId);
    name(name);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public CreateWebhook reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  /**
   * Sets the name, 1 to 80 characters, without "clyde" or "discord".
   *
   * @param name the name
   * @return this request
   */
  public CreateWebhook name(String name) {
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
  public CreateWebhook avatar(DataUri avatar) {
    json().set("avatar", avatar == null ? null : avatar.uri());
    return this;
  }
}
