package dev.gloam.model.guild.sticker;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Where a sticker comes from. Maps Discord's "Sticker Types" table (resources/sticker).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class StickerType extends IntEnum {
  private static final IntEnumRegistry<StickerType> VALUES =
      new IntEnumRegistry<>(value -> new StickerType(value, null));

  /** An official sticker from a pack (1). */
  public static final StickerType STANDARD = VALUES.register(new StickerType(1, "STANDARD"));

  /** A sticker a guild uploaded for its members (2). */
  public static final StickerType GUILD = VALUES.register(new StickerType(2, "GUILD"));

  private StickerType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the sticker type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static StickerType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
