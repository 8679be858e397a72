package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.user.User;

/**
 * A user was banned from a guild. Maps Discord's "Guild Ban Add" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param user the banned user
 */
public record GuildBanAdd(Id<GuildMarker> guildId, User user) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_BAN_ADD;
  }
}
