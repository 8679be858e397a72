package dev.gloam.model.gateway.event;

import dev.gloam.model.guild.Role;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A role was created. Maps Discord's "Guild Role Create" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param role the new role
 */
public record GuildRoleCreate(Id<GuildMarker> guildId, Role role) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_ROLE_CREATE;
  }
}
