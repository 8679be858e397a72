package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandOptionValue;
import dev.gloam.model.locale.DiscordLocale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the integer and number option builders share (interactions/application-commands,
 * "Application Command Option Structure"): choices, autocomplete, and the smallest and largest
 * value allowed. The concrete builders take the values as {@code long} or {@code double}.
 *
 * <p>Not thread-safe.
 *
 * @param <B> the concrete builder, returned by the setters so that calls chain
 * @param <V> the boxed type of the option's values
 */
public abstract sealed class NumericOptionBuilder<
        B extends NumericOptionBuilder<B, V>, V extends Number>
    extends ParameterBuilder<B> permits IntegerOptionBuilder, NumberOptionBuilder {
  private final Choices choices = new Choices();
  private Boolean autocomplete;
  private V minValue;
  private V maxValue;

  NumericOptionBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Sets whether the app suggests values through autocomplete interactions; not together with
   * choices.
   *
   * @param autocomplete whether to autocomplete
   * @return this builder
   */
  public B autocomplete(boolean autocomplete) {
    this.autocomplete = autocomplete;
    return self();
  }

  // The public setters take primitives, so that callers can pass literals of any width.
  final B addChoice(
      String name, CommandOptionValue value, Map<DiscordLocale, String> nameLocalizations) {
    choices.add(name, value, nameLocalizations);
    return self();
  }

  final B setMinValue(V minValue) {
    this.minValue = minValue;
    return self();
  }

  final B setMaxValue(V maxValue) {
    this.maxValue = maxValue;
    return self();
  }

  final <O extends CommandOption> O checked(Assembler<V, O> assembler) {
    return OptionPaths.checked(
        assembler.assemble(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required(),
            choices.toOptional(),
            Optional.ofNullable(autocomplete),
            Optional.ofNullable(minValue),
            Optional.ofNullable(maxValue)));
  }

  /** The record constructor of the integer or number option. */
  @FunctionalInterface
  interface Assembler<V, O extends CommandOption> {
    O assemble(
        String name,
        Optional<Map<DiscordLocale, String>> nameLocalizations,
        Optional<String> nameLocalized,
        String description,
        Optional<Map<DiscordLocale, String>> descriptionLocalizations,
        Optional<String> descriptionLocalized,
        Optional<Boolean> required,
        Optional<List<CommandOptionChoice>> choices,
        Optional<Boolean> autocomplete,
        Optional<V> minValue,
        Optional<V> maxValue);
  }
}
