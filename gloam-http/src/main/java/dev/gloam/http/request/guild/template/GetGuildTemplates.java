package dev.gloam.http.request.guild.template;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.template.GuildTemplate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Lists the templates made from a guild. Maps "Get Guild Templates" ({@code GET
 * /guilds/{guild.id}/templates}, resources/guild-template). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildTemplates}.
 *
 * <pre>{@code
 * List<GuildTemplate> templates = client.guildTemplates(guildId).send().model();
 * }</pre>
 */
public final class GetGuildTemplates extends Request<List<GuildTemplate>> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildTemplates} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildTemplates(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_TEMPLATES, BodyReader.listOf(GuildTemplate.class), guildId);
  }
}
