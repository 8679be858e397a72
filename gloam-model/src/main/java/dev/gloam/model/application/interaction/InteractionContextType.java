package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Where in Discord an interaction can be used or was triggered. Maps Discord's "Interaction Context
 * Types" table (interactions/receiving-and-responding).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class InteractionContextType extends IntEnum {
  private static final IntEnumRegistry<InteractionContextType> VALUES =
      new IntEnumRegistry<>(value -> new InteractionContextType(value, null));

  /** In a guild (0). */
  public static final InteractionContextType GUILD =
      VALUES.register(new InteractionContextType(0, "GUILD"));

  /** In the DM with the app's bot user (1). */
  public static final InteractionContextType BOT_DM =
      VALUES.register(new InteractionContextType(1, "BOT_DM"));

  /** In group DMs and DMs other than the one with the app's bot user (2). */
  public static final InteractionContextType PRIVATE_CHANNEL =
      VALUES.register(new InteractionContextType(2, "PRIVATE_CHANNEL"));

  private InteractionContextType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static InteractionContextType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
