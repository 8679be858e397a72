package dev.gloam.model.lobby;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.LobbyMarker;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group of users an application brought together, as used by the Social SDK. Maps Discord's
 * "Lobby Object" (resources/lobby).
 *
 * @param id the lobby's id
 * @param applicationId the application that created the lobby
 * @param metadata the application's string key-value pairs ({@code null} if none)
 * @param members the lobby's members
 * @param linkedChannel the guild text channel this lobby is bound to, if any
 */
public record Lobby(
    Id<LobbyMarker> id,
    Id<ApplicationMarker> applicationId,
    Optional<Map<String, String>> metadata,
    List<LobbyMember> members,
    @JsonInclude(Include.NON_ABSENT) Optional<Channel> linkedChannel) {}
