/** Lobbies of the Social SDK: members, messages and invites. Maps Discord's resources/lobby. */
package dev.gloam.model.lobby;
