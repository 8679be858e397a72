package dev.gloam.model.gateway.event;

import dev.gloam.model.guild.Role;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A role was updated. Maps Discord's "Guild Role Update" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param role the role as it is now
 */
public record GuildRoleUpdate(Id<GuildMarker> guildId, Role role) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_ROLE_UPDATE;
  }
}
