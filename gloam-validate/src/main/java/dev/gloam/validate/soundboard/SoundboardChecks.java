package dev.gloam.validate.soundboard;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;

/**
 * Checks of the fields of guild soundboard sounds (resources/soundboard, "Create Guild Soundboard
 * Sound": a name of 2 to 32 characters, a volume from 0 to 1, a sound file of at most 512 KiB; the
 * OpenAPI description limits the emoji name to 1 to 32 characters).
 */
public final class SoundboardChecks {
  /** The fewest characters a name may have. */
  public static final int NAME_MIN = 2;

  /** The most characters a name may have. */
  public static final int NAME_MAX = 32;

  /** The lowest volume. */
  public static final double VOLUME_MIN = 0;

  /** The highest volume, the sound as uploaded. */
  public static final double VOLUME_MAX = 1;

  /** The fewest characters of a standard emoji's name. */
  public static final int EMOJI_NAME_MIN = 1;

  /** The most characters of a standard emoji's name. */
  public static final int EMOJI_NAME_MAX = 32;

  /** The largest sound file, in bytes (512 KiB). */
  public static final int SOUND_MAX_BYTES = 512 * 1024;

  private SoundboardChecks() {}

  /**
   * Checks a sound's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks a sound's volume.
   *
   * @param volume the volume, or {@code null} if absent
   * @throws ValidationException if it is below {@value #VOLUME_MIN}, above {@value #VOLUME_MAX} or
   *     not a number
   */
  public static void volume(Double volume) {
    if (volume != null && !(volume >= VOLUME_MIN && volume <= VOLUME_MAX)) {
      throw new ValidationException(
          "volume",
          ValidationException.Rule.OUT_OF_RANGE,
          VOLUME_MIN + ".." + VOLUME_MAX,
          volume.toString());
    }
  }

  /**
   * Checks the name of the standard emoji shown with a sound.
   *
   * @param emojiName the emoji, or {@code null} if absent
   * @throws ValidationException if it is empty or longer than {@value #EMOJI_NAME_MAX} characters
   */
  public static void emojiName(String emojiName) {
    Check.length("emoji_name", emojiName, EMOJI_NAME_MIN, EMOJI_NAME_MAX);
  }

  /**
   * Checks the size of a sound file.
   *
   * @param bytes the file's size in bytes
   * @throws ValidationException if it is larger than {@value #SOUND_MAX_BYTES} bytes
   */
  public static void sound(long bytes) {
    if (bytes > SOUND_MAX_BYTES) {
      throw new ValidationException(
          "sound",
          ValidationException.Rule.OUT_OF_RANGE,
          "at most " + SOUND_MAX_BYTES + " bytes",
          bytes + " bytes");
    }
  }
}
