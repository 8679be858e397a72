package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a string option (interactions/application-commands, "Application Command Option
 * Structure"): choices with translated names, autocomplete, and the length limits.
 *
 * <pre>{@code
 * StringOption color = new StringOptionBuilder("color", "Pick a color")
 *     .required(true)
 *     .choice("Red", "red", Map.of(DiscordLocale.GERMAN, "Rot"))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class StringOptionBuilder extends ParameterBuilder<StringOptionBuilder> {
  private final Choices choices = new Choices();
  private Boolean autocomplete;
  private Integer minLength;
  private Integer maxLength;

  /**
   * Starts the option.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   */
  public StringOptionBuilder(String name, String description) {
    super(name, description);
  }

  /**
   * Adds a choice; with choices, the user can enter only one of them. Up to 25.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value sent, up to 100 characters
   * @return this builder
   */
  public StringOptionBuilder choice(String name, String value) {
    return choice(name, value, Map.of());
  }

  /**
   * Adds a choice with translations of its name.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value sent, up to 100 characters
   * @param nameLocalizations the name by locale, each 1 to 100 characters
   * @return this builder
   */
  public StringOptionBuilder choice(
      String name, String value, Map<DiscordLocale, String> nameLocalizations) {
    choices.add(
        name, new StringValue(java.util.Objects.requireNonNull(value, "value")), nameLocalizations);
    return this;
  }

  /**
   * Sets whether the app suggests values through autocomplete interactions; not together with
   * choices.
   *
   * @param autocomplete whether to autocomplete
   * @return this builder
   */
  public StringOptionBuilder autocomplete(boolean autocomplete) {
    this.autocomplete = autocomplete;
    return this;
  }

  /**
   * Sets the shortest text allowed.
   *
   * @param minLength 0 to 6000
   * @return this builder
   */
  public StringOptionBuilder minLength(int minLength) {
    this.minLength = minLength;
    return this;
  }

  /**
   * Sets the longest text allowed.
   *
   * @param maxLength 1 to 6000, not below the shortest
   * @return this builder
   */
  public StringOptionBuilder maxLength(int maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  @Override
  public StringOption build() {
    return OptionPaths.checked(
        new StringOption(
            name,
            nameLocalizations(),
            Optional.empty(),
            description,
            descriptionLocalizations(),
            Optional.empty(),
            required(),
            choices.toOptional(),
            Optional.ofNullable(autocomplete),
            Optional.ofNullable(minLength),
            Optional.ofNullable(maxLength)));
  }
}
