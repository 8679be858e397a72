package dev.gloam.cache.inmemory.form;

import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.guild.sticker.StickerFormatType;

/**
 * A guild's sticker as the cache keeps it (Discord: resources/sticker "Sticker Object").
 *
 * <p>The cache reads only the id.
 */
public interface CachedSticker {

  /**
   * Returns the sticker's id.
   *
   * @return the id
   */
  long id();

  /**
   * The standard form.
   *
   * @param id the id
   * @param name the name
   * @param description the description, or null
   * @param tags the autocomplete tags
   * @param formatType the file format
   * @param available whether it can be used
   * @param creatorId who uploaded it, or 0 when not sent
   */
  record Standard(
      long id,
      String name,
      String description,
      String tags,
      StickerFormatType formatType,
      boolean available,
      long creatorId)
      implements CachedSticker {

    /**
     * Keeps a sticker's standard fields.
     *
     * @param sticker the sticker
     * @return the cached form
     */
    public static Standard of(Sticker sticker) {
      return new Standard(
          sticker.id().value(),
          sticker.name(),
          sticker.description().orElse(null),
          sticker.tags(),
          sticker.formatType(),
          sticker.available().orElse(true),
          sticker.user().map(u -> u.id().value()).orElse(0L));
    }
  }
}
