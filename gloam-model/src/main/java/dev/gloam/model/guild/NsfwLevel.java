package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The age-restriction level of a guild. Maps Discord's "Guild Age-Restriction Level" table
 * (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class NsfwLevel extends IntEnum {
  private static final IntEnumRegistry<NsfwLevel> VALUES =
      new IntEnumRegistry<>(value -> new NsfwLevel(value, null));

  /** Not rated (0). */
  public static final NsfwLevel DEFAULT = VALUES.register(new NsfwLevel(0, "DEFAULT"));

  /** Explicit content (1). */
  public static final NsfwLevel EXPLICIT = VALUES.register(new NsfwLevel(1, "EXPLICIT"));

  /** Safe for everyone (2). */
  public static final NsfwLevel SAFE = VALUES.register(new NsfwLevel(2, "SAFE"));

  /** Restricted to adults (3). */
  public static final NsfwLevel AGE_RESTRICTED =
      VALUES.register(new NsfwLevel(3, "AGE_RESTRICTED"));

  private NsfwLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the age-restriction level with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static NsfwLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
