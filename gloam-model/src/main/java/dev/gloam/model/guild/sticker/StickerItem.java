package dev.gloam.model.guild.sticker;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.StickerMarker;

/**
 * The least needed to show a sticker, as sent in messages. Maps Discord's "Sticker Item Object"
 * (resources/sticker).
 *
 * @param id the sticker's id
 * @param name the sticker's name
 * @param formatType the sticker's file format
 */
public record StickerItem(Id<StickerMarker> id, String name, StickerFormatType formatType) {}
