package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Whether a user has joined a developer team. Maps Discord's "Membership State Enum"
 * (topics/teams).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class TeamMembershipState extends IntEnum {
  private static final IntEnumRegistry<TeamMembershipState> VALUES =
      new IntEnumRegistry<>(value -> new TeamMembershipState(value, null));

  /** The user was invited and has not accepted yet (1). */
  public static final TeamMembershipState INVITED =
      VALUES.register(new TeamMembershipState(1, "INVITED"));

  /** The user accepted the invitation (2). */
  public static final TeamMembershipState ACCEPTED =
      VALUES.register(new TeamMembershipState(2, "ACCEPTED"));

  private TeamMembershipState(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the state with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static TeamMembershipState of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
