package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Separator;
import dev.gloam.model.channel.message.component.SeparatorSpacing;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Optional;

/**
 * Builds a {@link Separator} of a Components V2 message (components/reference, "Separator"):
 * vertical space between components, with or without a line.
 *
 * <pre>{@code
 * Separator gap = new SeparatorBuilder().divider(false).spacing(SeparatorSpacing.LARGE).build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class SeparatorBuilder {
  private Integer id;
  private Boolean divider;
  private SeparatorSpacing spacing;

  /** Creates a builder of a separator with Discord's defaults (a line, small spacing). */
  public SeparatorBuilder() {}

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public SeparatorBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets whether a line is drawn.
   *
   * @param divider false for space only (Discord's default is true)
   * @return this builder
   */
  public SeparatorBuilder divider(boolean divider) {
    this.divider = divider;
    return this;
  }

  /**
   * Sets the amount of space.
   *
   * @param spacing {@link SeparatorSpacing#SMALL} (Discord's default) or {@link
   *     SeparatorSpacing#LARGE}
   * @return this builder
   * @throws ValidationException ({@code spacing}) if it is missing
   */
  public SeparatorBuilder spacing(SeparatorSpacing spacing) {
    Check.required("spacing", spacing, "a spacing");
    this.spacing = spacing;
    return this;
  }

  /**
   * Builds the separator.
   *
   * @return the separator
   */
  public Separator build() {
    return new Separator(
        Optional.ofNullable(id), Optional.ofNullable(divider), Optional.ofNullable(spacing));
  }
}
