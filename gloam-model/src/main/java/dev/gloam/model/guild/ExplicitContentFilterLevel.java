package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Whose media Discord scans for explicit content. Maps Discord's "Explicit Content Filter Level"
 * table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class ExplicitContentFilterLevel extends IntEnum {
  private static final IntEnumRegistry<ExplicitContentFilterLevel> VALUES =
      new IntEnumRegistry<>(value -> new ExplicitContentFilterLevel(value, null));

  /** Nothing is scanned (0). */
  public static final ExplicitContentFilterLevel DISABLED =
      VALUES.register(new ExplicitContentFilterLevel(0, "DISABLED"));

  /** Media from members who have no role is scanned (1). */
  public static final ExplicitContentFilterLevel MEMBERS_WITHOUT_ROLES =
      VALUES.register(new ExplicitContentFilterLevel(1, "MEMBERS_WITHOUT_ROLES"));

  /** Media from every member is scanned (2). */
  public static final ExplicitContentFilterLevel ALL_MEMBERS =
      VALUES.register(new ExplicitContentFilterLevel(2, "ALL_MEMBERS"));

  private ExplicitContentFilterLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the filter level with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ExplicitContentFilterLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
