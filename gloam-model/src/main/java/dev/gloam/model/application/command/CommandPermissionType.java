package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What a command permission overwrite targets. Maps Discord's "Application Command Permission Type"
 * table (interactions/application-commands).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class CommandPermissionType extends IntEnum {
  private static final IntEnumRegistry<CommandPermissionType> VALUES =
      new IntEnumRegistry<>(value -> new CommandPermissionType(value, null));

  /** A role (1). */
  public static final CommandPermissionType ROLE =
      VALUES.register(new CommandPermissionType(1, "ROLE"));

  /** A user (2). */
  public static final CommandPermissionType USER =
      VALUES.register(new CommandPermissionType(2, "USER"));

  /** A channel (3). */
  public static final CommandPermissionType CHANNEL =
      VALUES.register(new CommandPermissionType(3, "CHANNEL"));

  private CommandPermissionType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static CommandPermissionType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
