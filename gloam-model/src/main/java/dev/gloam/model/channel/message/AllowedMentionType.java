package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * A kind of mention that allowed mentions can let through. Maps Discord's "Allowed Mention Types"
 * table (resources/message).
 *
 * <p>An open enum: strings Discord adds later parse to an unnamed instance that keeps the string.
 */
public final class AllowedMentionType extends StringEnum {
  private static final StringEnumRegistry<AllowedMentionType> VALUES =
      new StringEnumRegistry<>(value -> new AllowedMentionType(value, false));

  /** Role mentions ({@code "roles"}). */
  public static final AllowedMentionType ROLES =
      VALUES.register(new AllowedMentionType("roles", true));

  /** User mentions ({@code "users"}). */
  public static final AllowedMentionType USERS =
      VALUES.register(new AllowedMentionType("users", true));

  /** {@code @everyone} and {@code @here} mentions ({@code "everyone"}). */
  public static final AllowedMentionType EVERYONE =
      VALUES.register(new AllowedMentionType("everyone", true));

  private AllowedMentionType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with the given raw string, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown string
   */
  @JsonCreator
  public static AllowedMentionType of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
