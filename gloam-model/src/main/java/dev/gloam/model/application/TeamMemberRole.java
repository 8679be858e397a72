package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The role of a member of a developer team. Maps Discord's "Team Member Role Types" (topics/teams).
 * The owner has no value of its own: the team's {@link Team#ownerUserId()} names them.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its string.
 */
public final class TeamMemberRole extends StringEnum {
  private static final StringEnumRegistry<TeamMemberRole> VALUES =
      new StringEnumRegistry<>(value -> new TeamMemberRole(value, false));

  /** Everything an owner may do except destructive actions ({@code admin}). */
  public static final TeamMemberRole ADMIN = VALUES.register(new TeamMemberRole("admin", true));

  /** Reads secrets and makes limited changes to team apps ({@code developer}). */
  public static final TeamMemberRole DEVELOPER =
      VALUES.register(new TeamMemberRole("developer", true));

  /** Reads the team's and its apps' information ({@code read_only}). */
  public static final TeamMemberRole READ_ONLY =
      VALUES.register(new TeamMemberRole("read_only", true));

  private TeamMemberRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the role with the given wire value, known if gloam names it.
   *
   * @param value the string Discord sends
   * @return the constant, or an unknown instance keeping {@code value}
   */
  @JsonCreator
  public static TeamMemberRole of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
