package dev.gloam.model.guild.onboarding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How an onboarding prompt shows its options. Maps Discord's "Prompt Types" table
 * (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class OnboardingPromptType extends IntEnum {
  private static final IntEnumRegistry<OnboardingPromptType> VALUES =
      new IntEnumRegistry<>(value -> new OnboardingPromptType(value, null));

  /** Options shown as a list of choices (0). */
  public static final OnboardingPromptType MULTIPLE_CHOICE =
      VALUES.register(new OnboardingPromptType(0, "MULTIPLE_CHOICE"));

  /** Options shown in a drop-down menu (1). */
  public static final OnboardingPromptType DROPDOWN =
      VALUES.register(new OnboardingPromptType(1, "DROPDOWN"));

  private OnboardingPromptType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the prompt type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static OnboardingPromptType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
