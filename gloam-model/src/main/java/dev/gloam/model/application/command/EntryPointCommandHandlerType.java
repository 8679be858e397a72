package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Who handles the invocation of a {@code PRIMARY_ENTRY_POINT} command. Maps Discord's "Entry Point
 * Command Handler Types" table (interactions/application-commands).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class EntryPointCommandHandlerType extends IntEnum {
  private static final IntEnumRegistry<EntryPointCommandHandlerType> VALUES =
      new IntEnumRegistry<>(value -> new EntryPointCommandHandlerType(value, null));

  /** The app receives the interaction and responds to it (1). */
  public static final EntryPointCommandHandlerType APP_HANDLER =
      VALUES.register(new EntryPointCommandHandlerType(1, "APP_HANDLER"));

  /** Discord launches the Activity and posts a message itself (2). */
  public static final EntryPointCommandHandlerType DISCORD_LAUNCH_ACTIVITY =
      VALUES.register(new EntryPointCommandHandlerType(2, "DISCORD_LAUNCH_ACTIVITY"));

  private EntryPointCommandHandlerType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static EntryPointCommandHandlerType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
