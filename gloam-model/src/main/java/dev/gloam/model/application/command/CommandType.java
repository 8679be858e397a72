package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of an application command. Maps Discord's "Application Command Types" table
 * (interactions/application-commands).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class CommandType extends IntEnum {
  private static final IntEnumRegistry<CommandType> VALUES =
      new IntEnumRegistry<>(value -> new CommandType(value, null));

  /** A slash command, typed after {@code /} (1). */
  public static final CommandType CHAT_INPUT = VALUES.register(new CommandType(1, "CHAT_INPUT"));

  /** A command in a user's context menu (2). */
  public static final CommandType USER = VALUES.register(new CommandType(2, "USER"));

  /** A command in a message's context menu (3). */
  public static final CommandType MESSAGE = VALUES.register(new CommandType(3, "MESSAGE"));

  /** The command that launches the app's Activity (4). */
  public static final CommandType PRIMARY_ENTRY_POINT =
      VALUES.register(new CommandType(4, "PRIMARY_ENTRY_POINT"));

  private CommandType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static CommandType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
