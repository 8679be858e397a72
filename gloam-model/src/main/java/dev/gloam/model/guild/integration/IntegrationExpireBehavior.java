package dev.gloam.model.guild.integration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What happens to a member whose subscription expires. Maps Discord's "Integration Expire
 * Behaviors" table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class IntegrationExpireBehavior extends IntEnum {
  private static final IntEnumRegistry<IntegrationExpireBehavior> VALUES =
      new IntEnumRegistry<>(value -> new IntegrationExpireBehavior(value, null));

  /** The subscriber role is taken away (0). */
  public static final IntegrationExpireBehavior REMOVE_ROLE =
      VALUES.register(new IntegrationExpireBehavior(0, "REMOVE_ROLE"));

  /** The member is kicked (1). */
  public static final IntegrationExpireBehavior KICK =
      VALUES.register(new IntegrationExpireBehavior(1, "KICK"));

  private IntegrationExpireBehavior(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the expire behavior with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static IntegrationExpireBehavior of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
