package dev.gloam.cache.inmemory.form;

import dev.gloam.model.soundboard.SoundboardSound;

/**
 * A guild's soundboard sound as the cache keeps it (Discord: resources/soundboard "Soundboard Sound
 * Object").
 *
 * <p>The cache reads only the id.
 */
public interface CachedSoundboardSound {

  /**
   * Returns the sound's id.
   *
   * @return the id
   */
  long id();

  /**
   * The standard form.
   *
   * @param id the sound's id
   * @param name the name
   * @param volume the volume, 0 to 1
   * @param emojiId the custom emoji shown with it, or 0
   * @param emojiName the unicode emoji shown with it, or null
   * @param available whether it can be played
   * @param creatorId who uploaded it, or 0 when not sent
   */
  record Standard(
      long id,
      String name,
      double volume,
      long emojiId,
      String emojiName,
      boolean available,
      long creatorId)
      implements CachedSoundboardSound {

    /**
     * Keeps a sound's standard fields.
     *
     * @param sound the sound
     * @return the cached form
     */
    public static Standard of(SoundboardSound sound) {
      return new Standard(
          sound.soundId().value(),
          sound.name(),
          sound.volume(),
          Ids.orZero(sound.emojiId()),
          sound.emojiName().orElse(null),
          sound.available(),
          sound.user().map(u -> u.id().value()).orElse(0L));
    }
  }
}
