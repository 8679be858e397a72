package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.RoleSelect;
import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.ValidationException;

/**
 * Builds a {@link RoleSelect}: a menu of the guild's roles (components/reference, "Role Select").
 * Put it alone in an {@link ActionRowBuilder action row} of a message or in a {@link LabelBuilder
 * label} of a modal.
 *
 * <pre>{@code
 * RoleSelect select = new RoleSelectBuilder("pick")
 *     .placeholder("Choose…")
 *     .defaultRoles(roleId)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code placeholder}, {@code
 * default_values[0].type}).
 */
public final class RoleSelectBuilder extends AutoSelectBuilder<RoleSelectBuilder> {
  /**
   * Starts a role select.
   *
   * @param customId the id sent back with the choice, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public RoleSelectBuilder(String customId) {
    super(customId);
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
  public final RoleSelectBuilder defaultRoles(Id<RoleMarker>... ids) {
    for (Id<RoleMarker> value : ids) {
      addDefault(value, SelectDefaultValueType.ROLE);
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
  public RoleSelect build() {
    return checkedFrom(RoleSelect::new);
  }
}
