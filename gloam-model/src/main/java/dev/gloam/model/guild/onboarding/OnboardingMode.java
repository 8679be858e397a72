package dev.gloam.model.guild.onboarding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * What counts towards the requirements for turning onboarding on. Maps Discord's "Onboarding Mode"
 * table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class OnboardingMode extends IntEnum {
  private static final IntEnumRegistry<OnboardingMode> VALUES =
      new IntEnumRegistry<>(value -> new OnboardingMode(value, null));

  /** Only default channels count (0). */
  public static final OnboardingMode ONBOARDING_DEFAULT =
      VALUES.register(new OnboardingMode(0, "ONBOARDING_DEFAULT"));

  /** Default channels and questions count (1). */
  public static final OnboardingMode ONBOARDING_ADVANCED =
      VALUES.register(new OnboardingMode(1, "ONBOARDING_ADVANCED"));

  private OnboardingMode(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the onboarding mode with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static OnboardingMode of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
