package dev.gloam.model.guild.integration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The service behind an integration. Maps the {@code type} values of Discord's "Integration Object"
 * (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its string.
 */
public final class IntegrationType extends StringEnum {
  private static final StringEnumRegistry<IntegrationType> VALUES =
      new StringEnumRegistry<>(value -> new IntegrationType(value, false));

  /** A Twitch subscription integration ({@code twitch}). */
  public static final IntegrationType TWITCH = VALUES.register(new IntegrationType("twitch", true));

  /** A YouTube membership integration ({@code youtube}). */
  public static final IntegrationType YOUTUBE =
      VALUES.register(new IntegrationType("youtube", true));

  /** An application added to the guild ({@code discord}). */
  public static final IntegrationType DISCORD =
      VALUES.register(new IntegrationType("discord", true));

  /** The guild's own role subscriptions ({@code guild_subscription}). */
  public static final IntegrationType GUILD_SUBSCRIPTION =
      VALUES.register(new IntegrationType("guild_subscription", true));

  private IntegrationType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the integration type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static IntegrationType of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
