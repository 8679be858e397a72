package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.NumberOption;
import dev.gloam.model.application.command.NumberValue;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Map;

/**
 * Builds a number (double) option (interactions/application-commands, "Application Command Option
 * Structure"): choices with translated names, autocomplete, and the value limits.
 *
 * <pre>{@code
 * NumberOption price = new NumberOptionBuilder("price", "Highest price")
 *     .minValue(0.5)
 *     .autocomplete(true)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class NumberOptionBuilder extends NumericOptionBuilder<NumberOptionBuilder, Double> {
  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public NumberOptionBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Adds a choice; with choices, the user can enter only one of them. Up to 25.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value sent, between -2^53 and 2^53
   * @return this builder
   */
  public NumberOptionBuilder choice(String name, double value) {
    return choice(name, value, Map.of());
  }

  /**
   * Adds a choice with translations of its name.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value sent, between -2^53 and 2^53
   * @param nameLocalizations the name by locale, each 1 to 100 characters
   * @return this builder
   */
  public NumberOptionBuilder choice(
      String name, double value, Map<DiscordLocale, String> nameLocalizations) {
    return addChoice(name, new NumberValue(value), nameLocalizations);
  }

  /**
   * Sets the smallest value allowed.
   *
   * @param minValue between -2^53 and 2^53
   * @return this builder
   */
  public NumberOptionBuilder minValue(double minValue) {
    return setMinValue(minValue);
  }

  /**
   * Sets the largest value allowed.
   *
   * @param maxValue between -2^53 and 2^53, not below the smallest
   * @return this builder
   */
  public NumberOptionBuilder maxValue(double maxValue) {
    return setMaxValue(maxValue);
  }

  @Override
  public NumberOption build() {
    return checked(NumberOption::new);
  }
}
