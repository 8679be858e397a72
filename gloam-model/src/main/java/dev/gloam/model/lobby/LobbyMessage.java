package dev.gloam.model.lobby;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.MessageType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.user.User;
import java.util.Map;
import java.util.Optional;

/**
 * A message sent to a lobby. Maps Discord's "Lobby Message Object" (resources/lobby).
 *
 * @param id the message's id
 * @param type the message's type
 * @param content the message's text
 * @param lobbyId the lobby
 * @param channelId the same id as {@code lobbyId}, for code that treats lobbies as channels
 * @param author the user who sent the message
 * @param lobbyMember the author's additional name at sending time; absent if they had none
 * @param metadata metadata sent with the message, for dispatch only (may be {@code null})
 * @param moderationMetadata the moderation metadata set on the message (may be {@code null})
 * @param applicationId the application that sent the message
 * @param flags the message's flags
 */
public record LobbyMessage(
    Id<MessageMarker> id,
    MessageType type,
    String content,
    Id<LobbyMarker> lobbyId,
    Id<ChannelMarker> channelId,
    User author,
    @JsonInclude(Include.NON_ABSENT) Optional<LobbyMessageMember> lobbyMember,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, String>> metadata,
    @JsonInclude(Include.NON_ABSENT) Optional<Map<String, String>> moderationMetadata,
    Id<ApplicationMarker> applicationId,
    MessageFlags flags) {}
