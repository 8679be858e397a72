package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.webhook.Webhook;
import java.util.List;

/**
 * Reads the webhooks of a channel. Maps "Get Channel Webhooks" ({@code GET
 * /channels/{channel.id}/webhooks}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#channelWebhooks}.
 *
 * <pre>{@code
 * List<Webhook> hooks = client.channelWebhooks(channelId).send().model();
 * }</pre>
 */
public final class GetChannelWebhooks extends Request<List<Webhook>> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#channelWebhooks} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public GetChannelWebhooks(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.LIST_CHANNEL_WEBHOOKS, BodyReader.listOf(Webhook.class), channelId);
  }
}
