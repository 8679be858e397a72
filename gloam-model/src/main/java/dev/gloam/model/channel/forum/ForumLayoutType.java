package dev.gloam.model.channel.forum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How a forum channel lays out its posts by default. Maps Discord's "Forum Layout Types" table
 * (resources/channel).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ForumLayoutType extends IntEnum {
  private static final IntEnumRegistry<ForumLayoutType> VALUES =
      new IntEnumRegistry<>(value -> new ForumLayoutType(value, null));

  /** No default layout chosen yet (0). */
  public static final ForumLayoutType NOT_SET = VALUES.register(new ForumLayoutType(0, "NOT_SET"));

  /** Posts shown as a list (1). */
  public static final ForumLayoutType LIST_VIEW =
      VALUES.register(new ForumLayoutType(1, "LIST_VIEW"));

  /** Posts shown as a grid of tiles (2). */
  public static final ForumLayoutType GALLERY_VIEW =
      VALUES.register(new ForumLayoutType(2, "GALLERY_VIEW"));

  private ForumLayoutType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ForumLayoutType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
