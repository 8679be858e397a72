package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.MentionableSelect;
import dev.gloam.model.channel.message.component.SelectDefaultValue;
import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link MentionableSelect}: a menu of members and roles together (components/reference,
 * "Mentionable Select"). Put it alone in an {@link ActionRowBuilder action row} of a message or in
 * a {@link LabelBuilder label} of a modal.
 *
 * <pre>{@code
 * MentionableSelect select = new MentionableSelectBuilder("pick")
 *     .placeholder("Choose…")
 *     .defaultUsers(userId)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code placeholder}, {@code
 * default_values[0].type}).
 */
public final class MentionableSelectBuilder {
  private final String customId;
  private Integer id;
  private String placeholder;
  private Integer minValues;
  private Integer maxValues;
  private Boolean required;
  private Boolean disabled;
  private final List<SelectDefaultValue> defaults = new ArrayList<>();

  /**
   * Starts a mentionable select.
   *
   * @param customId the id sent back with the choice, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public MentionableSelectBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message or modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public MentionableSelectBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the text shown while nothing is chosen.
   *
   * @param placeholder at most {@value ComponentChecks#SELECT_PLACEHOLDER_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code placeholder}) if it is missing or too long
   */
  public MentionableSelectBuilder placeholder(String placeholder) {
    Check.required("placeholder", placeholder, "a placeholder");
    Check.maxLength("placeholder", placeholder, ComponentChecks.SELECT_PLACEHOLDER_MAX);
    this.placeholder = placeholder;
    return this;
  }

  /**
   * Sets the fewest items a user must choose (Discord's default is 1). In a modal, 0 needs {@link
   * #required(boolean) required(false)}.
   *
   * @param minValues 0 to {@value ComponentChecks#SELECT_VALUES_MAX}
   * @return this builder
   * @throws ValidationException ({@code min_values}) if it is out of range
   */
  public MentionableSelectBuilder minValues(int minValues) {
    Check.range("min_values", minValues, 0, ComponentChecks.SELECT_VALUES_MAX);
    this.minValues = minValues;
    return this;
  }

  /**
   * Sets the most items a user may choose (Discord's default is 1).
   *
   * @param maxValues 1 to {@value ComponentChecks#SELECT_VALUES_MAX}
   * @return this builder
   * @throws ValidationException ({@code max_values}) if it is out of range
   */
  public MentionableSelectBuilder maxValues(int maxValues) {
    Check.range("max_values", maxValues, 1, ComponentChecks.SELECT_VALUES_MAX);
    this.maxValues = maxValues;
    return this;
  }

  /**
   * Sets whether a modal can be submitted only with a choice made (Discord's default is true);
   * messages ignore it.
   *
   * @param required false to make the choice optional
   * @return this builder
   */
  public MentionableSelectBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Sets whether the menu is greyed out; for messages only, as modals refuse disabled components.
   *
   * @param disabled true to disable it (Discord's default is false)
   * @return this builder
   */
  public MentionableSelectBuilder disabled(boolean disabled) {
    this.disabled = disabled;
    return this;
  }

  /**
   * Adds users chosen when the menu appears ({@code default_values}); their number must lie between
   * {@code min_values} and {@code max_values}.
   *
   * @param ids the users
   * @return this builder
   * @throws ValidationException ({@code default_values[i].id}) if one is missing
   */
  @SafeVarargs
  public final MentionableSelectBuilder defaultUsers(Id<UserMarker>... ids) {
    for (Id<UserMarker> value : ids) {
      Check.required("default_values[" + defaults.size() + "].id", value, "an id");
      defaults.add(new SelectDefaultValue(value.cast(), SelectDefaultValueType.USER));
    }
    return this;
  }

  /**
   * Adds roles chosen when the menu appears ({@code default_values}); their number must lie between
   * {@code min_values} and {@code max_values}.
   *
   * @param ids the roles
   * @return this builder
   * @throws ValidationException ({@code default_values[i].id}) if one is missing
   */
  @SafeVarargs
  public final MentionableSelectBuilder defaultRoles(Id<RoleMarker>... ids) {
    for (Id<RoleMarker> value : ids) {
      Check.required("default_values[" + defaults.size() + "].id", value, "an id");
      defaults.add(new SelectDefaultValue(value.cast(), SelectDefaultValueType.ROLE));
    }
    return this;
  }

  /**
   * Builds the select menu, checked with the rules of messages; a {@link LabelBuilder label} checks
   * it with the rules of modals.
   *
   * @return the select menu
   * @throws ValidationException if {@code min_values} exceeds {@code max_values}, or the number or
   *     type of default values does not fit
   */
  public MentionableSelect build() {
    MentionableSelect select =
        new MentionableSelect(
            Optional.ofNullable(id),
            customId,
            Optional.ofNullable(placeholder),
            defaults.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(defaults)),
            Optional.ofNullable(minValues),
            Optional.ofNullable(maxValues),
            Optional.ofNullable(required),
            Optional.ofNullable(disabled));
    Relative.check(() -> ComponentChecks.select("", select, false));
    return select;
  }
}
