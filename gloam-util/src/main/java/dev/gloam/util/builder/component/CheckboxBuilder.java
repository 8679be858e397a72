package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Checkbox;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * Builds a {@link Checkbox} of a modal (components/reference, "Checkbox"): one yes-or-no box. Put
 * it in a {@link LabelBuilder label}. A checkbox cannot be required; for a box that must be ticked,
 * use a {@link CheckboxGroupBuilder checkbox group} with one option.
 *
 * <pre>{@code
 * Checkbox subscribe = new CheckboxBuilder("subscribe").defaultSelected(true).build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class CheckboxBuilder {
  private final String customId;
  private Integer id;
  private Boolean defaultSelected;

  /**
   * Starts a checkbox.
   *
   * @param customId the id sent back with the answer, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public CheckboxBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public CheckboxBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets whether the box is ticked when the modal opens ({@code default} on the wire).
   *
   * @param defaultSelected true to tick it
   * @return this builder
   */
  public CheckboxBuilder defaultSelected(boolean defaultSelected) {
    this.defaultSelected = defaultSelected;
    return this;
  }

  /**
   * Builds the checkbox.
   *
   * @return the checkbox
   */
  public Checkbox build() {
    return new Checkbox(Optional.ofNullable(id), customId, Optional.ofNullable(defaultSelected));
  }
}
