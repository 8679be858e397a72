package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of an interaction, which decides the shape of its data. Maps Discord's "Interaction
 * Type" table (interactions/receiving-and-responding).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class InteractionType extends IntEnum {
  private static final IntEnumRegistry<InteractionType> VALUES =
      new IntEnumRegistry<>(value -> new InteractionType(value, null));

  /** A check that an HTTP interactions endpoint answers (1). */
  public static final InteractionType PING = VALUES.register(new InteractionType(1, "PING"));

  /** A user invoked a command (2). */
  public static final InteractionType APPLICATION_COMMAND =
      VALUES.register(new InteractionType(2, "APPLICATION_COMMAND"));

  /** A user used a message component, such as a button (3). */
  public static final InteractionType MESSAGE_COMPONENT =
      VALUES.register(new InteractionType(3, "MESSAGE_COMPONENT"));

  /** A user is typing a command option that has autocomplete (4). */
  public static final InteractionType APPLICATION_COMMAND_AUTOCOMPLETE =
      VALUES.register(new InteractionType(4, "APPLICATION_COMMAND_AUTOCOMPLETE"));

  /** A user submitted a modal (5). */
  public static final InteractionType MODAL_SUBMIT =
      VALUES.register(new InteractionType(5, "MODAL_SUBMIT"));

  private InteractionType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static InteractionType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
