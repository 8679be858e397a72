package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What an auto moderation rule inspects to decide whether it fires. Maps Discord's "Trigger Types"
 * table (resources/auto-moderation).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class TriggerType extends IntEnum {
  private static final IntEnumRegistry<TriggerType> VALUES =
      new IntEnumRegistry<>(value -> new TriggerType(value, null));

  /** Content holds a word from the rule's own keyword list (1). */
  public static final TriggerType KEYWORD = VALUES.register(new TriggerType(1, "KEYWORD"));

  /** Content looks like generic spam (3). */
  public static final TriggerType SPAM = VALUES.register(new TriggerType(3, "SPAM"));

  /** Content holds a word from one of Discord's predefined word sets (4). */
  public static final TriggerType KEYWORD_PRESET =
      VALUES.register(new TriggerType(4, "KEYWORD_PRESET"));

  /** Content mentions more distinct users and roles than the rule allows (5). */
  public static final TriggerType MENTION_SPAM =
      VALUES.register(new TriggerType(5, "MENTION_SPAM"));

  /** A member's profile holds a word from the rule's own keyword list (6). */
  public static final TriggerType MEMBER_PROFILE =
      VALUES.register(new TriggerType(6, "MEMBER_PROFILE"));

  private TriggerType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static TriggerType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
