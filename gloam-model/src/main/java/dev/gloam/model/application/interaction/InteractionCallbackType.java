package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a response to an interaction. Maps Discord's "Interaction Callback Type" table
 * (interactions/receiving-and-responding).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class InteractionCallbackType extends IntEnum {
  private static final IntEnumRegistry<InteractionCallbackType> VALUES =
      new IntEnumRegistry<>(value -> new InteractionCallbackType(value, null));

  /** Acknowledges a ping (1). */
  public static final InteractionCallbackType PONG =
      VALUES.register(new InteractionCallbackType(1, "PONG"));

  /** Answers with a message (4). */
  public static final InteractionCallbackType CHANNEL_MESSAGE_WITH_SOURCE =
      VALUES.register(new InteractionCallbackType(4, "CHANNEL_MESSAGE_WITH_SOURCE"));

  /** Acknowledges now and sends the message later; the user sees a loading state (5). */
  public static final InteractionCallbackType DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE =
      VALUES.register(new InteractionCallbackType(5, "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE"));

  /** For components: acknowledges now and edits the message later, without a loading state (6). */
  public static final InteractionCallbackType DEFERRED_UPDATE_MESSAGE =
      VALUES.register(new InteractionCallbackType(6, "DEFERRED_UPDATE_MESSAGE"));

  /** For components: edits the message the component is on (7). */
  public static final InteractionCallbackType UPDATE_MESSAGE =
      VALUES.register(new InteractionCallbackType(7, "UPDATE_MESSAGE"));

  /** Suggests choices to an autocomplete interaction (8). */
  public static final InteractionCallbackType APPLICATION_COMMAND_AUTOCOMPLETE_RESULT =
      VALUES.register(new InteractionCallbackType(8, "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT"));

  /** Opens a modal (9). */
  public static final InteractionCallbackType MODAL =
      VALUES.register(new InteractionCallbackType(9, "MODAL"));

  /** Deprecated: answers with an upgrade button, for monetized apps (10). */
  public static final InteractionCallbackType PREMIUM_REQUIRED =
      VALUES.register(new InteractionCallbackType(10, "PREMIUM_REQUIRED"));

  /** Launches the app's Activity (12). */
  public static final InteractionCallbackType LAUNCH_ACTIVITY =
      VALUES.register(new InteractionCallbackType(12, "LAUNCH_ACTIVITY"));

  private InteractionCallbackType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the constant with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static InteractionCallbackType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
