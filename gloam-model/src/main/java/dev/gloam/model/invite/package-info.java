/**
 * Invites to guilds, group DMs and friendships, with the partial guild, channel and role shapes
 * they carry. Maps Discord's resources/invite section.
 */
package dev.gloam.model.invite;
