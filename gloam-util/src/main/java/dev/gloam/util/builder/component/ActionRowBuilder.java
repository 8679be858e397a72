package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds an {@link ActionRow} of a message (components/reference, "Action Row"): up to five
 * buttons, or one select menu. In modals, put inputs in a {@link LabelBuilder label} instead.
 *
 * <pre>{@code
 * ActionRow row = new ActionRowBuilder()
 *     .add(ButtonBuilder.success("yes").label("Yes").build())
 *     .add(ButtonBuilder.danger("no").label("No").build())
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the row ({@code components}, {@code
 * components[1].custom_id}).
 */
public final class ActionRowBuilder {
  private final List<Component> components = new ArrayList<>();
  private Integer id;

  /** Creates a builder of an empty row. */
  public ActionRowBuilder() {}

  /**
   * Returns a row of these components, checked.
   *
   * @param components up to five buttons, or one select menu
   * @return the row
   * @throws ValidationException if the row breaks a rule
   */
  public static ActionRow of(Component... components) {
    ActionRowBuilder builder = new ActionRowBuilder();
    for (Component component : components) {
      builder.add(component);
    }
    return builder.build();
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public ActionRowBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Adds a button or a select menu.
   *
   * @param component the component
   * @return this builder
   * @throws ValidationException ({@code components[i]}) if it is missing, or the row is full
   */
  public ActionRowBuilder add(Component component) {
    Check.required("components[" + components.size() + "]", component, "a component");
    if (components.size() >= ComponentChecks.ROW_BUTTONS_MAX) {
      throw new ValidationException(
          "components",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(ComponentChecks.ROW_BUTTONS_MAX),
          Integer.toString(components.size() + 1));
    }
    components.add(component);
    return this;
  }

  /**
   * Builds the row.
   *
   * @return the row
   * @throws ValidationException if the row is empty, mixes a select menu with other components, or
   *     a component breaks a rule
   */
  public ActionRow build() {
    ActionRow row = new ActionRow(Optional.ofNullable(id), List.copyOf(components));
    Relative.check(
        () -> {
          ComponentChecks.actionRow("", row);
          ComponentChecks.unique(".components", row.components());
        });
    return row;
  }
}
