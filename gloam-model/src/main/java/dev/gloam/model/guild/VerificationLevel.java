package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What a member must meet before talking in a guild. Maps Discord's "Verification Level" table
 * (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class VerificationLevel extends IntEnum {
  private static final IntEnumRegistry<VerificationLevel> VALUES =
      new IntEnumRegistry<>(value -> new VerificationLevel(value, null));

  /** No requirement (0). */
  public static final VerificationLevel NONE = VALUES.register(new VerificationLevel(0, "NONE"));

  /** A verified email address (1). */
  public static final VerificationLevel LOW = VALUES.register(new VerificationLevel(1, "LOW"));

  /** An account older than five minutes (2). */
  public static final VerificationLevel MEDIUM =
      VALUES.register(new VerificationLevel(2, "MEDIUM"));

  /** Membership of the guild for more than ten minutes (3). */
  public static final VerificationLevel HIGH = VALUES.register(new VerificationLevel(3, "HIGH"));

  /** A verified phone number (4). */
  public static final VerificationLevel VERY_HIGH =
      VALUES.register(new VerificationLevel(4, "VERY_HIGH"));

  private VerificationLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the verification level with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static VerificationLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
