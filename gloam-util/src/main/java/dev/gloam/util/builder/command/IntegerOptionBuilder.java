package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.IntegerOption;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Map;

/**
 * Builds an integer option (interactions/application-commands, "Application Command Option
 * Structure"): choices with translated names, autocomplete, and the value limits.
 *
 * <pre>{@code
 * IntegerOption sides = new IntegerOptionBuilder("sides", "Sides of the die")
 *     .minValue(2)
 *     .maxValue(100)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class IntegerOptionBuilder extends NumericOptionBuilder<IntegerOptionBuilder, Long> {
  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public IntegerOptionBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Adds a choice; with choices, the user can enter only one of them. Up to 25.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value sent, between -(2^53 - 1) and 2^53 - 1
   * @return this builder
   */
  public IntegerOptionBuilder choice(String name, long value) {
    return choice(name, value, Map.of());
  }

  /**
   * Adds a choice with translations of its name.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value sent, between -(2^53 - 1) and 2^53 - 1
   * @param nameLocalizations the name by locale, each 1 to 100 characters
   * @return this builder
   */
  public IntegerOptionBuilder choice(
      String name, long value, Map<DiscordLocale, String> nameLocalizations) {
    return addChoice(name, new IntegerValue(value), nameLocalizations);
  }

  /**
   * Sets the smallest value allowed.
   *
   * @param minValue between -(2^53 - 1) and 2^53 - 1
   * @return this builder
   */
  public IntegerOptionBuilder minValue(long minValue) {
    return setMinValue(minValue);
  }

  /**
   * Sets the largest value allowed.
   *
   * @param maxValue between -(2^53 - 1) and 2^53 - 1, not below the smallest
   * @return this builder
   */
  public IntegerOptionBuilder maxValue(long maxValue) {
    return setMaxValue(maxValue);
  }

  @Override
  public IntegerOption build() {
    return checked(IntegerOption::new);
  }
}
