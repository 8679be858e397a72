package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a sticker pack. Never instantiated. */
public final class StickerPackMarker {
  private StickerPackMarker() {}
}
