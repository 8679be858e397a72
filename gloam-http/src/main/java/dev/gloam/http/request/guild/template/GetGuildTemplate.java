package dev.gloam.http.request.guild.template;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.template.GuildTemplate;

/**
 * Gets a guild template by its code. Maps "Get Guild Template" ({@code GET
 * /guilds/templates/{template.code}}, resources/guild-template). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildTemplate}.
 *
 * <pre>{@code
 * GuildTemplate template = client.guildTemplate("hgM48av5Q69A").send().model();
 * }</pre>
 */
public final class GetGuildTemplate extends Request<GuildTemplate> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildTemplate} instead.
   *
   * @param transport the client's transport
   * @param code the template's code
   */
  public GetGuildTemplate(Transport transport, String code) {
    super(transport, Route.GET_GUILD_TEMPLATE, BodyReader.of(GuildTemplate.class), code);
  }
}
