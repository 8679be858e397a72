package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What a permission overwrite applies to. Maps the {@code type} field of Discord's "Overwrite
 * Object" (resources/channel).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class PermissionOverwriteType extends IntEnum {
  private static final IntEnumRegistry<PermissionOverwriteType> VALUES =
      new IntEnumRegistry<>(value -> new PermissionOverwriteType(value, null));

  /** The overwrite applies to a role (0). */
  public static final PermissionOverwriteType ROLE =
      VALUES.register(new PermissionOverwriteType(0, "ROLE"));

  /** The overwrite applies to a single member (1). */
  public static final PermissionOverwriteType MEMBER =
      VALUES.register(new PermissionOverwriteType(1, "MEMBER"));

  private PermissionOverwriteType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static PermissionOverwriteType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
