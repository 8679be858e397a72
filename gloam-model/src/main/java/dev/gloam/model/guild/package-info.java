/** Guilds, their roles, members and permissions. Maps Discord's resources/guild section. */
package dev.gloam.model.guild;
