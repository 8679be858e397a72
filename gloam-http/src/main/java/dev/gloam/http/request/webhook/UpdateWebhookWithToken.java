package dev.gloam.http.request.webhook;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.webhook.Webhook;
import dev.gloam.validate.webhook.WebhookChecks;

/**
 * Changes the name or avatar of a webhook by its token. It authenticates with the token in the
 * path, without the bot token. Maps "Modify Webhook with Token" ({@code PATCH
 * /webhooks/{webhook.id}/{webhook.token}}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#updateWebhook}.
 *
 * <pre>{@code
 * client.updateWebhook(webhookId, token).name("deploys").send();
 * }</pre>
 */
public final class UpdateWebhookWithToken extends Request<Webhook> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#updateWebhook} instead.
   *
   * @param transport the client's transport
   * @param webhookId the webhook
   * @param token the webhook's token
   */
  public UpdateWebhookWithToken(Transport transport, Id<WebhookMarker> webhookId, String token) {
    super(transport, Route.UPDATE_WEBHOOK_BY_TOKEN, BodyReader.of(Webhook.class), webhookId, token);
  }

  /**
   * Sets the name, 1 to 80 characters, without "clyde" or "discord".
   *
   * @param name the name
   * @return this request
   */
  public UpdateWebhookWithToken name(String name) {
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
  public UpdateWebhookWithToken avatar(DataUri avatar) {
    json().set("avatar", avatar == null ? null : avatar.uri());
    return this;
  }
}
