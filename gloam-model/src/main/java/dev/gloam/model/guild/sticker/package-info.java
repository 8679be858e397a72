/** Stickers, sticker items and sticker packs. Maps Discord's resources/sticker section. */
package dev.gloam.model.guild.sticker;
