package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.user.User;

/**
 * A user was unbanned from a guild. Maps Discord's "Guild Ban Remove" event
 * (events/gateway-events).
 *
 * @param guildId the guild
 * @param user the unbanned user
 */
public record GuildBanRemove(Id<GuildMarker> guildId, User user) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_BAN_REMOVE;
  }
}
