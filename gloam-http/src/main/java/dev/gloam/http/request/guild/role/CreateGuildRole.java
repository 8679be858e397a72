package dev.gloam.http.request.guild.role;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Creates a role; every field is optional (the default is a role named "new role" with the
 * permissions of {@code @everyone}). Maps "Create Guild Role" ({@code POST
 * /guilds/{guild.id}/roles}, resources/guild). Obtained from {@link
 * dev.gloam.http.RoleRequests#createGuildRole}.
 *
 * <pre>{@code
 * Role mods = client.createGuildRole(guildId).name("Moderators").hoist(true).send().model();
 * }</pre>
 */
public final class CreateGuildRole extends RoleFields<CreateGuildRole> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#createGuildRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public CreateGuildRole(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.CREATE_GUILD_ROLE, guildId);
  }

  @Override
  CreateGuildRole self() {
    return this;
  }
}
