package dev.gloam.http.request.guild.template;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.template.GuildTemplate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Deletes a template; the answer is the deleted template. Maps "Delete Guild Template" ({@code
 * DELETE /guilds/{guild.id}/templates/{template.code}}, resources/guild-template). Obtained from
 * {@link dev.gloam.http.GuildRequests#deleteGuildTemplate}.
 *
 * <pre>{@code
 * client.deleteGuildTemplate(guildId, code).send();
 * }</pre>
 */
public final class DeleteGuildTemplate extends Request<GuildTemplate> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#deleteGuildTemplate} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param code the template's code
   */
  public DeleteGuildTemplate(Transport transport, Id<GuildMarker> guildId, String code) {
    super(
        transport, Route.DELETE_GUILD_TEMPLATE, BodyReader.of(GuildTemplate.class), guildId, code);
  }
}
