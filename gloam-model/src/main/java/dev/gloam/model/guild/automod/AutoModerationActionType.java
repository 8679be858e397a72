package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What an auto moderation action does when its rule fires. Maps Discord's "Action Types" table
 * (resources/auto-moderation).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class AutoModerationActionType extends IntEnum {
  private static final IntEnumRegistry<AutoModerationActionType> VALUES =
      new IntEnumRegistry<>(value -> new AutoModerationActionType(value, null));

  /** Stops the message from being posted, optionally explaining why (1). */
  public static final AutoModerationActionType BLOCK_MESSAGE =
      VALUES.register(new AutoModerationActionType(1, "BLOCK_MESSAGE"));

  /** Posts the offending content to a channel (2). */
  public static final AutoModerationActionType SEND_ALERT_MESSAGE =
      VALUES.register(new AutoModerationActionType(2, "SEND_ALERT_MESSAGE"));

  /** Times the member out for a while (3). */
  public static final AutoModerationActionType TIMEOUT =
      VALUES.register(new AutoModerationActionType(3, "TIMEOUT"));

  /** Keeps the member from chatting, talking or interacting (4). */
  public static final AutoModerationActionType BLOCK_MEMBER_INTERACTION =
      VALUES.register(new AutoModerationActionType(4, "BLOCK_MEMBER_INTERACTION"));

  private AutoModerationActionType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static AutoModerationActionType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
