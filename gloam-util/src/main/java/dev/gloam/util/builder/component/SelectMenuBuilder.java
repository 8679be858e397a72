package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * What every select menu builder has: the custom id, the placeholder, how many items to choose and
 * the flags (components/reference, "String Select", "User Select", "Role Select", "Mentionable
 * Select" and "Channel Select"). The concrete builders add the items or the default values and
 * build their record.
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code placeholder}, {@code
 * max_values}).
 *
 * @param <B> the concrete builder, returned by the setters so that calls chain
 */
public abstract sealed class SelectMenuBuilder<B extends SelectMenuBuilder<B>>
    permits StringSelectBuilder, AutoSelectBuilder {
  private final String customId;
  private Integer id;
  private String placeholder;
  private Integer minValues;
  private Integer maxValues;
  private Boolean required;
  private Boolean disabled;

  SelectMenuBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message or modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public B id(int id) {
    this.id = id;
    return self();
  }

  /**
   * Sets the text shown while nothing is chosen.
   *
   * @param placeholder at most {@value ComponentChecks#SELECT_PLACEHOLDER_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code placeholder}) if it is missing or too long
   */
  public B placeholder(String placeholder) {
    Check.required("placeholder", placeholder, "a placeholder");
    Check.maxLength("placeholder", placeholder, ComponentChecks.SELECT_PLACEHOLDER_MAX);
    this.placeholder = placeholder;
    return self();
  }

  /**
   * Sets the fewest items a user must choose (Discord's default is 1). In a modal, 0 needs {@link
   * #required(boolean) required(false)}.
   *
   * @param minValues 0 to {@value ComponentChecks#SELECT_VALUES_MAX}
   * @return this builder
   * @throws ValidationException ({@code min_values}) if it is out of range
   */
  public B minValues(int minValues) {
    Check.range("min_values", minValues, 0, ComponentChecks.SELECT_VALUES_MAX);
    this.minValues = minValues;
    return self();
  }

  /**
   * Sets the most items a user may choose (Discord's default is 1).
   *
   * @param maxValues 1 to {@value ComponentChecks#SELECT_VALUES_MAX}
   * @return this builder
   * @throws ValidationException ({@code max_values}) if it is out of range
   */
  public B maxValues(int maxValues) {
    Check.range("max_values", maxValues, 1, ComponentChecks.SELECT_VALUES_MAX);
    this.maxValues = maxValues;
    return self();
  }

  /**
   * Sets whether a modal can be submitted only with a choice made (Discord's default is true);
   * messages ignore it.
   *
   * @param required false to make the choice optional
   * @return this builder
   */
  public B required(boolean required) {
    this.required = required;
    return self();
  }

  /**
   * Sets whether the menu is greyed out; for messages only, as modals refuse disabled components.
   *
   * @param disabled true to disable it (Discord's default is false)
   * @return this builder
   */
  public B disabled(boolean disabled) {
    this.disabled = disabled;
    return self();
  }

  // Checked with the rules of messages; a label checks it again with those of modals.
  static <C extends Component> C checked(C select) {
    Relative.check(() -> ComponentChecks.select("", select, false));
    return select;
  }

  String customId() {
    return customId;
  }

  Optional<Integer> id() {
    return Optional.ofNullable(id);
  }

  Optional<String> placeholder() {
    return Optional.ofNullable(placeholder);
  }

  Optional<Integer> minValues() {
    return Optional.ofNullable(minValues);
  }

  Optional<Integer> maxValues() {
    return Optional.ofNullable(maxValues);
  }

  Optional<Boolean> required() {
    return Optional.ofNullable(required);
  }

  Optional<Boolean> disabled() {
    return Optional.ofNullable(disabled);
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
