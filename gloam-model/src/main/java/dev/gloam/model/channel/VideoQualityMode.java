package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The camera video quality of a voice channel. Maps Discord's "Video Quality Modes" table
 * (resources/channel).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class VideoQualityMode extends IntEnum {
  private static final IntEnumRegistry<VideoQualityMode> VALUES =
      new IntEnumRegistry<>(value -> new VideoQualityMode(value, null));

  /** Discord picks the quality that performs best (1). */
  public static final VideoQualityMode AUTO = VALUES.register(new VideoQualityMode(1, "AUTO"));

  /** 720p (2). */
  public static final VideoQualityMode FULL = VALUES.register(new VideoQualityMode(2, "FULL"));

  private VideoQualityMode(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static VideoQualityMode of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
