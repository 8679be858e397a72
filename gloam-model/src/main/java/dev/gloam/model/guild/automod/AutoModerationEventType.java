package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * When an auto moderation rule is evaluated. Maps Discord's "Event Types" table
 * (resources/auto-moderation).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class AutoModerationEventType extends IntEnum {
  private static final IntEnumRegistry<AutoModerationEventType> VALUES =
      new IntEnumRegistry<>(value -> new AutoModerationEventType(value, null));

  /** A member sends or edits a message (1). */
  public static final AutoModerationEventType MESSAGE_SEND =
      VALUES.register(new AutoModerationEventType(1, "MESSAGE_SEND"));

  /** A member edits their profile (2). */
  public static final AutoModerationEventType MEMBER_UPDATE =
      VALUES.register(new AutoModerationEventType(2, "MEMBER_UPDATE"));

  private AutoModerationEventType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static AutoModerationEventType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
