/** Requests about lobbies, their members and messages (resources/lobby). */
package dev.gloam.http.request.lobby;
