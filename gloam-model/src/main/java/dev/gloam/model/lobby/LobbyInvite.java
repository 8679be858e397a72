package dev.gloam.model.lobby;

/**
 * A single-use invite to a lobby's linked channel. Maps Discord's "Lobby Invite Object"
 * (resources/lobby).
 *
 * @param code the invite's code
 */
public record LobbyInvite(String code) {}
