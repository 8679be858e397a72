package dev.gloam.model.gateway.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Asks for members of a guild, answered by {@code GUILD_MEMBERS_CHUNK} events. Maps Discord's
 * "Request Guild Members" send event (events/gateway-events). Exactly one of {@code query} and
 * {@code userIds} is set; use the factories.
 *
 * <pre>{@code
 * shard.command(RequestGuildMembers.byQuery(guildId, "gl", 10));
 * shard.command(RequestGuildMembers.byIds(guildId, List.of(userId)).withPresences().withNonce("n1"));
 * }</pre>
 *
 * @param guildId the guild
 * @param query the start of the usernames to match; empty to match everyone
 * @param limit how many members to send at most for a query; 0 with an empty query for all
 * @param presences whether to include the members' presences
 * @param userIds the users to fetch
 * @param nonce a value echoed in the chunks, to tell answers apart
 */
public record RequestGuildMembers(
    Id<GuildMarker> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> query,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> limit,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> presences,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<UserMarker>>> userIds,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nonce)
    implements GatewayCommand {

  /** The most characters a nonce may have. */
  public static final int NONCE_LIMIT = 32;

  /**
   * Checks the rules Discord enforces on this payload.
   *
   * @throws IllegalArgumentException if neither or both of {@code query} and {@code userIds} are
   *     set, a query has no limit, or the nonce is longer than {@value #NONCE_LIMIT} bytes
   */
  public RequestGuildMembers {
    if (query.isPresent() == userIds.isPresent()) {
      throw new IllegalArgumentException("set exactly one of query and userIds");
    }
    if (query.isPresent() && limit.isEmpty()) {
      throw new IllegalArgumentException("a query needs a limit");
    }
    if (nonce.isPresent() && nonce.get().getBytes(StandardCharsets.UTF_8).length > NONCE_LIMIT) {
      throw new IllegalArgumentException("the nonce is longer than " + NONCE_LIMIT + " bytes");
    }
  }

  /**
   * Asks for the members whose username starts with {@code query}.
   *
   * @param guildId the guild
   * @param query the start of the usernames; empty for everyone
   * @param limit how many at most; 0 with an empty query for all members
   * @return the command
   */
  public static RequestGuildMembers byQuery(Id<GuildMarker> guildId, String query, int limit) {
    return new RequestGuildMembers(
        guildId,
        Optional.of(query),
        Optional.of(limit),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Asks for specific members.
   *
   * @param guildId the guild
   * @param userIds the users
   * @return the command
   */
  public static RequestGuildMembers byIds(Id<GuildMarker> guildId, List<Id<UserMarker>> userIds) {
    return new RequestGuildMembers(
        guildId,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(List.copyOf(userIds)),
        Optional.empty());
  }

  /**
   * Returns this request asking for presences too (needs the {@code GUILD_PRESENCES} intent).
   *
   * @return the command
   */
  public RequestGuildMembers withPresences() {
    return new RequestGuildMembers(guildId, query, limit, Optional.of(true), userIds, nonce);
  }

  /**
   * Returns this request with a nonce.
   *
   * @param nonce up to {@value #NONCE_LIMIT} bytes
   * @return the command
   */
  public RequestGuildMembers withNonce(String nonce) {
    return new RequestGuildMembers(guildId, query, limit, presences, userIds, Optional.of(nonce));
  }

  @Override
  public OpCode opcode() {
    return OpCode.REQUEST_GUILD_MEMBERS;
  }
}
