package dev.gloam.http.request.guild.template;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.template.GuildTemplate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Updates a template to the guild's current channels, roles and settings. Maps "Sync Guild
 * Template" ({@code PUT /guilds/{guild.id}/templates/{template.code}}, resources/guild-template).
 * Obtained from {@link dev.gloam.http.GuildRequests#syncGuildTemplate}.
 *
 * <pre>{@code
 * GuildTemplate synced = client.syncGuildTemplate(guildId, code).send().model();
 * }</pre>
 */
public final class SyncGuildTemplate extends Request<GuildTemplate> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#syncGuildTemplate} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param code the template's code
   */
  public SyncGuildTemplate(Transport transport, Id<GuildMarker> guildId, String code) {
    super(transport, Route.SYNC_GUILD_TEMPLATE, BodyReader.of(GuildTemplate.class), guildId, code);
  }
}
