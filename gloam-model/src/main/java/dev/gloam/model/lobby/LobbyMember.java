package dev.gloam.model.lobby;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Map;
import java.util.Optional;

/**
 * A user in a lobby. Maps Discord's "Lobby Member Object" (resources/lobby).
 *
 * @param id the user's id
 * @param metadata the member's string key-value pairs (may be absent or {@code null})
 * @param flags the member's flags
 * @param additionalName a second display name, such as an in-game character's name
 */
public record LobbyMember(
    Id<UserMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, String>> metadata,
    @JsonInclude(Include.NON_ABSENT) Optional<LobbyMemberFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<String> additionalName) {}
