package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What an invite leads to. Maps Discord's "Invite Types" table (resources/invite).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class InviteType extends IntEnum {
  private static final IntEnumRegistry<InviteType> VALUES =
      new IntEnumRegistry<>(value -> new InviteType(value, null));

  /** A guild (0). */
  public static final InviteType GUILD = VALUES.register(new InviteType(0, "GUILD"));

  /** A group DM (1). */
  public static final InviteType GROUP_DM = VALUES.register(new InviteType(1, "GROUP_DM"));

  /** A friend request (2). */
  public static final InviteType FRIEND = VALUES.register(new InviteType(2, "FRIEND"));

  private InviteType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static InviteType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
