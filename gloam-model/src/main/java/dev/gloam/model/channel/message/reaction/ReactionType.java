package dev.gloam.model.channel.message.reaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a reaction: normal or super (burst). Maps Discord's "Reaction Types" table
 * (resources/message), used when listing who reacted.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ReactionType extends IntEnum {
  private static final IntEnumRegistry<ReactionType> VALUES =
      new IntEnumRegistry<>(value -> new ReactionType(value, null));

  /** A normal reaction (0). */
  public static final ReactionType NORMAL = VALUES.register(new ReactionType(0, "NORMAL"));

  /** A super reaction (1). */
  public static final ReactionType BURST = VALUES.register(new ReactionType(1, "BURST"));

  private ReactionType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ReactionType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
