package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What kind of activity a user is doing. Maps Discord's "Activity Types" (events/gateway-events).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ActivityType extends IntEnum {
  private static final IntEnumRegistry<ActivityType> VALUES =
      new IntEnumRegistry<>(value -> new ActivityType(value, null));

  /** Playing a game (0). */
  public static final ActivityType PLAYING = VALUES.register(new ActivityType(0, "PLAYING"));

  /** Streaming (1). */
  public static final ActivityType STREAMING = VALUES.register(new ActivityType(1, "STREAMING"));

  /** Listening to something (2). */
  public static final ActivityType LISTENING = VALUES.register(new ActivityType(2, "LISTENING"));

  /** Watching something (3). */
  public static final ActivityType WATCHING = VALUES.register(new ActivityType(3, "WATCHING"));

  /** A custom status of emoji and text (4). */
  public static final ActivityType CUSTOM = VALUES.register(new ActivityType(4, "CUSTOM"));

  /** Competing in something (5). */
  public static final ActivityType COMPETING = VALUES.register(new ActivityType(5, "COMPETING"));

  private ActivityType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the activity type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ActivityType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
