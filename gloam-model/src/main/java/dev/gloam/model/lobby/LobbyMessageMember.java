package dev.gloam.model.lobby;

/**
 * The author's lobby member details captured with a lobby message. Maps the {@code lobby_member}
 * field of Discord's "Lobby Message Object" (resources/lobby).
 *
 * @param additionalName the author's additional display name when the message was sent
 */
public record LobbyMessageMember(String additionalName) {}
