package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.channel.message.component.UserSelect;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.ValidationException;

/**
 * Builds a {@link UserSelect}: a menu of the guild's members (or the DM's users)
 * (components/reference, "User Select"). Put it alone in an {@link ActionRowBuilder action row} of
 * a message or in a {@link LabelBuilder label} of a modal.
 *
 * <pre>{@code
 * UserSelect select = new UserSelectBuilder("pick")
 *     .placeholder("Choose…")
 *     .defaultUsers(userId)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code placeholder}, {@code
 * default_values[0].type}).
 */
public final class UserSelectBuilder extends AutoSelectBuilder<UserSelectBuilder> {
  /**
   * Starts a user select.
   *
   * @param customId the id sent back with the choice, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public UserSelectBuilder(String customId) {
    super(customId);
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
  public final UserSelectBuilder defaultUsers(Id<UserMarker>... ids) {
    for (Id<UserMarker> value : ids) {
      addDefault(value, SelectDefaultValueType.USER);
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
  public UserSelect build() {
    return checkedFrom(UserSelect::new);
  }
}
