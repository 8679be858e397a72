package dev.gloam.model.guild.sticker;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The file format of a sticker. Maps Discord's "Sticker Format Types" table (resources/sticker).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class StickerFormatType extends IntEnum {
  private static final IntEnumRegistry<StickerFormatType> VALUES =
      new IntEnumRegistry<>(value -> new StickerFormatType(value, null));

  /** A still PNG image (1). */
  public static final StickerFormatType PNG = VALUES.register(new StickerFormatType(1, "PNG"));

  /** An animated PNG image (2). */
  public static final StickerFormatType APNG = VALUES.register(new StickerFormatType(2, "APNG"));

  /** A Lottie animation (3). */
  public static final StickerFormatType LOTTIE =
      VALUES.register(new StickerFormatType(3, "LOTTIE"));

  /** An animated GIF image (4). */
  public static final StickerFormatType GIF = VALUES.register(new StickerFormatType(4, "GIF"));

  private StickerFormatType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the sticker format with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static StickerFormatType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
