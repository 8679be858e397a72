package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;

/**
 * A role was deleted. Maps Discord's "Guild Role Delete" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param roleId the deleted role
 */
public record GuildRoleDelete(Id<GuildMarker> guildId, Id<RoleMarker> roleId) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_ROLE_DELETE;
  }
}
