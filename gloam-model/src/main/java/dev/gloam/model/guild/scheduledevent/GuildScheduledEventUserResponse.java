package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Whether a user said they are interested in a scheduled event. Maps the OpenAPI description's
 * {@code GuildScheduledEventUserResponses}; Discord's prose docs do not list it yet.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class GuildScheduledEventUserResponse extends IntEnum {
  private static final IntEnumRegistry<GuildScheduledEventUserResponse> VALUES =
      new IntEnumRegistry<>(value -> new GuildScheduledEventUserResponse(value, null));

  /** The user is not interested (0). */
  public static final GuildScheduledEventUserResponse UNINTERESTED =
      VALUES.register(new GuildScheduledEventUserResponse(0, "UNINTERESTED"));

  /** The user is interested (1). */
  public static final GuildScheduledEventUserResponse INTERESTED =
      VALUES.register(new GuildScheduledEventUserResponse(1, "INTERESTED"));

  private GuildScheduledEventUserResponse(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static GuildScheduledEventUserResponse of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
