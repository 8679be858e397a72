package dev.gloam.http.request.webhook;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.webhook.Webhook;
import java.util.List;

/**
 * Reads the webhooks of a guild. Maps "Get Guild Webhooks" ({@code GET
 * /guilds/{guild.id}/webhooks}, resources/webhook). Obtained from {@link
 * dev.gloam.http.WebhookRequests#guildWebhooks}.
 *
 * <pre>{@code
 * List<Webhook> hooks = client.guildWebhooks(guildId).send().model();
 * }</pre>
 */
public final class GetGuildWebhooks extends Request<List<Webhook>> {
  /**
   * Creates the request; use {@link dev.gloam.http.WebhookRequests#guildWebhooks} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildWebhooks(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_WEBHOOKS, BodyReader.listOf(Webhook.class), guildId);
  }
}
