package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming a sticker pack's banner asset. Never
 * instantiated.
 */
public final class StickerPackBannerMarker {
  private StickerPackBannerMarker() {}
}
