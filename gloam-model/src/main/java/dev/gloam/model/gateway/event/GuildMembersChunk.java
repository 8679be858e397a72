package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;
import java.util.Optional;

/**
 * One part of the answer to a {@code REQUEST_GUILD_MEMBERS} command. Maps Discord's "Guild Members
 * Chunk" event (events/gateway-events); {@code chunkIndex} and {@code chunkCount} tell how many
 * parts are still to come.
 *
 * @param guildId the guild
 * @param members the members in this part, each with its {@code user}
 * @param chunkIndex the index of this part, from 0 to {@code chunkCount - 1}
 * @param chunkCount how many parts the answer has
 * @param notFound the requested user ids that are not members, if any were requested by id
 * @param presences the members' presences, if the request asked for them
 * @param nonce the request's nonce, if it had one
 */
public record GuildMembersChunk(
    Id<GuildMarker> guildId,
    List<Member> members,
    int chunkIndex,
    int chunkCount,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<UserMarker>>> notFound,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Presence>> presences,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nonce)
    implements Event {
  /**
   * Tells whether this is the answer's last part.
   *
   * @return {@code true} if no part follows
   */
  public boolean last() {
    return chunkIndex + 1 >= chunkCount;
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_MEMBERS_CHUNK;
  }
}
