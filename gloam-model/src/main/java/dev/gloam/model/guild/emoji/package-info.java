/** Emojis. Maps Discord's resources/emoji section. */
package dev.gloam.model.guild.emoji;
