package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A user joined a guild (also sent, at times, for users who were members already). Maps Discord's
 * "Guild Member Add" event (events/gateway-events), whose {@code d} is a guild member with an extra
 * {@code guild_id}; needs the {@code GUILD_MEMBERS} intent.
 *
 * @param member the new member, with its {@code user}; its fields are inlined in {@code d}
 * @param guildId the guild
 */
public record GuildMemberAdd(@JsonUnwrapped Member member, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_MEMBER_ADD;
  }
}
