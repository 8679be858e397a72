package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of an application command option, and of the value a user gives it. Maps Discord's
 * "Application Command Option Type" table (interactions/application-commands).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class CommandOptionType extends IntEnum {
  private static final IntEnumRegistry<CommandOptionType> VALUES =
      new IntEnumRegistry<>(value -> new CommandOptionType(value, null));

  /** A subcommand (1). */
  public static final CommandOptionType SUB_COMMAND =
      VALUES.register(new CommandOptionType(1, "SUB_COMMAND"));

  /** A group of subcommands (2). */
  public static final CommandOptionType SUB_COMMAND_GROUP =
      VALUES.register(new CommandOptionType(2, "SUB_COMMAND_GROUP"));

  /** A string (3). */
  public static final CommandOptionType STRING =
      VALUES.register(new CommandOptionType(3, "STRING"));

  /** An integer between -2^53+1 and 2^53-1 (4). */
  public static final CommandOptionType INTEGER =
      VALUES.register(new CommandOptionType(4, "INTEGER"));

  /** A boolean (5). */
  public static final CommandOptionType BOOLEAN =
      VALUES.register(new CommandOptionType(5, "BOOLEAN"));

  /** A user (6). */
  public static final CommandOptionType USER = VALUES.register(new CommandOptionType(6, "USER"));

  /** A channel of any type, categories included (7). */
  public static final CommandOptionType CHANNEL =
      VALUES.register(new CommandOptionType(7, "CHANNEL"));

  /** A role (8). */
  public static final CommandOptionType ROLE = VALUES.register(new CommandOptionType(8, "ROLE"));

  /** A user or a role (9). */
  public static final CommandOptionType MENTIONABLE =
      VALUES.register(new CommandOptionType(9, "MENTIONABLE"));

  /** A double between -2^53 and 2^53 (10). */
  public static final CommandOptionType NUMBER =
      VALUES.register(new CommandOptionType(10, "NUMBER"));

  /** An uploaded file (11). */
  public static final CommandOptionType ATTACHMENT =
      VALUES.register(new CommandOptionType(11, "ATTACHMENT"));

  private CommandOptionType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static CommandOptionType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
