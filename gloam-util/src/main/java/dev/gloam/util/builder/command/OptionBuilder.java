package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.locale.DiscordLocale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every option builder has: the name, the description and their translations
 * (interactions/application-commands, "Application Command Option Structure" and "Localization").
 * The concrete builders add the settings of their option type.
 *
 * <p>Not thread-safe.
 *
 * @param <B> the concrete builder, returned by the setters so that calls chain
 */
public abstract sealed class OptionBuilder<B extends OptionBuilder<B>>
    permits SubCommandBuilder, SubCommandGroupBuilder, ParameterBuilder {
  final String name;
  final String description;
  private final Map<DiscordLocale, String> nameLocalizations = new LinkedHashMap<>();
  private final Map<DiscordLocale, String> descriptionLocalizations = new LinkedHashMap<>();

  OptionBuilder(String name, String description) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Replaces the name's translations; each follows the rules of the name.
   *
   * @param nameLocalizations the names by locale
   * @return this builder
   */
  public B nameLocalizations(Map<DiscordLocale, String> nameLocalizations) {
    this.nameLocalizations.clear();
    this.nameLocalizations.putAll(nameLocalizations);
    return self();
  }

  /**
   * Adds one translation of the name.
   *
   * @param locale the locale
   * @param name the name in that locale
   * @return this builder
   */
  public B nameLocalization(DiscordLocale locale, String name) {
    nameLocalizations.put(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(name));
    return self();
  }

  /**
   * Replaces the description's translations; each has 1 to 100 characters.
   *
   * @param descriptionLocalizations the descriptions by locale
   * @return this builder
   */
  public B descriptionLocalizations(Map<DiscordLocale, String> descriptionLocalizations) {
    this.descriptionLocalizations.clear();
    this.descriptionLocalizations.putAll(descriptionLocalizations);
    return self();
  }

  /**
   * Adds one translation of the description.
   *
   * @param locale the locale
   * @param description the description in that locale
   * @return this builder
   */
  public B descriptionLocalization(DiscordLocale locale, String description) {
    descriptionLocalizations.put(
        Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(description));
    return self();
  }

  /**
   * Builds the option and checks it against Discord's limits.
   *
   * @return the option
   * @throws dev.gloam.validate.ValidationException if a field breaks a limit; the path starts at
   *     the option, such as {@code choices[0].name}
   */
  public abstract CommandOption build();

  Optional<Map<DiscordLocale, String>> nameLocalizations() {
    return copy(nameLocalizations);
  }

  Optional<Map<DiscordLocale, String>> descriptionLocalizations() {
    return copy(descriptionLocalizations);
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  // Keeps the insertion order, so the JSON lists the locales as they were added.
  static <K, V> Optional<Map<K, V>> copy(Map<K, V> map) {
    return map.isEmpty()
        ? Optional.empty()
        : Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>(map)));
  }
}
