package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What a voice channel invite shows once accepted. Maps Discord's "Invite Target Types" table
 * (resources/invite).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class InviteTargetType extends IntEnum {
  private static final IntEnumRegistry<InviteTargetType> VALUES =
      new IntEnumRegistry<>(value -> new InviteTargetType(value, null));

  /** A user's stream (1). */
  public static final InviteTargetType STREAM = VALUES.register(new InviteTargetType(1, "STREAM"));

  /** An embedded application (an activity) (2). */
  public static final InviteTargetType EMBEDDED_APPLICATION =
      VALUES.register(new InviteTargetType(2, "EMBEDDED_APPLICATION"));

  private InviteTargetType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static InviteTargetType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
