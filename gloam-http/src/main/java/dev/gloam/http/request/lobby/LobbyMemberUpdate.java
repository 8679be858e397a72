package dev.gloam.http.request.lobby;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.lobby.LobbyMemberFlags;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a bulk member update ({@link UpdateLobbyMembers}): add or update a member, or
 * remove one. Maps an item of "Bulk Update Lobby Members" (resources/lobby).
 *
 * <pre>{@code
 * LobbyMemberUpdate knight = LobbyMemberUpdate.upsert(userId).withAdditionalName("Knight");
 * }</pre>
 *
 * @param id the user
 * @param metadata the member's metadata, at most 1000 characters together
 * @param flags the member's flags
 * @param removeMember {@code true} to remove the member
 * @param additionalName an extra display name, 1 to 80 characters
 */
public record LobbyMemberUpdate(
    Id<UserMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, String>> metadata,
    @JsonInclude(Include.NON_ABSENT) Optional<LobbyMemberFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> removeMember,
    @JsonInclude(Include.NON_ABSENT) Optional<String> additionalName) {

  /**
   * Checks the components.
   *
   * @param id the user
   * @param metadata the metadata
   * @param flags the flags
   * @param removeMember whether to remove
   * @param additionalName the extra name
   */
  public LobbyMemberUpdate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(removeMember, "removeMember");
    Objects.requireNonNull(additionalName, "additionalName");
  }

  /**
   * Adds a user, or keeps a member, without changing anything else.
   *
   * @param id the user
   * @return the change
   */
  public static LobbyMemberUpdate upsert(Id<UserMarker> id) {
    return new LobbyMemberUpdate(
        id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Removes a member.
   *
   * @param id the user
   * @return the change
   */
  public static LobbyMemberUpdate remove(Id<UserMarker> id) {
    return new LobbyMemberUpdate(
        id, Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty());
  }

  /**
   * Returns a copy with metadata.
   *
   * @param metadata the metadata
   * @return the copy
   */
  public LobbyMemberUpdate withMetadata(Map<String, String> metadata) {
    return new LobbyMemberUpdate(
        id, Optional.of(Map.copyOf(metadata)), flags, removeMember, additionalName);
  }

  /**
   * Returns a copy with flags.
   *
   * @param flags the flags
   * @return the copy
   */
  public LobbyMemberUpdate withFlags(LobbyMemberFlags flags) {
    return new LobbyMemberUpdate(id, metadata, Optional.of(flags), removeMember, additionalName);
  }

  /**
   * Returns a copy with an additional name.
   *
   * @param additionalName 1 to 80 characters
   * @return the copy
   */
  public LobbyMemberUpdate withAdditionalName(String additionalName) {
    return new LobbyMemberUpdate(id, metadata, flags, removeMember, Optional.of(additionalName));
  }
}
