package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.user.User;

/**
 * A user left a guild or was kicked or banned. Maps Discord's "Guild Member Remove" event
 * (events/gateway-events).
 *
 * @param guildId the guild
 * @param user the user who is gone
 */
public record GuildMemberRemove(Id<GuildMarker> guildId, User user) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_MEMBER_REMOVE;
  }
}
