package dev.gloam.model.guild.sticker;

import java.util.List;

/**
 * The sticker packs Discord offers. Maps the response of Discord's "List Sticker Packs"
 * (resources/sticker).
 *
 * @param stickerPacks the packs
 */
public record StickerPacks(List<StickerPack> stickerPacks) {}
