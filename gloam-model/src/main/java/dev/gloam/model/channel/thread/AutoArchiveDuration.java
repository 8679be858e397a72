package dev.gloam.model.channel.thread;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * After how many minutes without activity a thread is hidden from the channel list. Maps the values
 * Discord allows for {@code auto_archive_duration} and {@code default_auto_archive_duration}
 * (resources/channel); the raw value is the number of minutes.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class AutoArchiveDuration extends IntEnum {
  private static final IntEnumRegistry<AutoArchiveDuration> VALUES =
      new IntEnumRegistry<>(value -> new AutoArchiveDuration(value, null));

  /** One hour (60). */
  public static final AutoArchiveDuration HOUR =
      VALUES.register(new AutoArchiveDuration(60, "HOUR"));

  /** One day (1440). */
  public static final AutoArchiveDuration DAY =
      VALUES.register(new AutoArchiveDuration(1440, "DAY"));

  /** Three days (4320). */
  public static final AutoArchiveDuration THREE_DAYS =
      VALUES.register(new AutoArchiveDuration(4320, "THREE_DAYS"));

  /** One week (10080). */
  public static final AutoArchiveDuration WEEK =
      VALUES.register(new AutoArchiveDuration(10080, "WEEK"));

  private AutoArchiveDuration(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static AutoArchiveDuration of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
