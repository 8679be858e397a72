/** Checks of lobbies, their members and messages (resources/lobby). */
package dev.gloam.validate.lobby;
