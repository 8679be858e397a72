package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Section;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.component.Thumbnail;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Section} of a Components V2 message (components/reference, "Section"): one to
 * three text displays beside an accessory, a button or a thumbnail.
 *
 * <pre>{@code
 * Section release = new SectionBuilder()
 *     .text("## gloam 1.0")
 *     .text("Released today.")
 *     .accessory(ButtonBuilder.link("https://gloam.dev").label("Notes").build())
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the section ({@code components}, {@code
 * accessory.custom_id}).
 */
public final class SectionBuilder {
  private final List<Component> texts = new ArrayList<>();
  private Component accessory;
  private Integer id;

  /** Creates a builder of an empty section. */
  public SectionBuilder() {}

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public SectionBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Adds a text display of this markdown text.
   *
   * @param content the text
   * @return this builder
   * @throws ValidationException ({@code components[i].content}, {@code components}) if it is
   *     missing or too long, or the section has three texts already
   */
  public SectionBuilder text(String content) {
    TextDisplay text;
    try {
      text = TextDisplayBuilder.of(content);
    } catch (ValidationException e) {
      throw e.under("components[" + texts.size() + "]");
    }
    return text(text);
  }

  /**
   * Adds a text display.
   *
   * @param text the text display
   * @return this builder
   * @throws ValidationException ({@code components}) if it is missing or the section has three
   *     texts already
   */
  public SectionBuilder text(TextDisplay text) {
    Check.required("components[" + texts.size() + "]", text, "a text display");
    if (texts.size() >= ComponentChecks.SECTION_TEXTS_MAX) {
      throw new ValidationException(
          "components",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(ComponentChecks.SECTION_TEXTS_MAX),
          Integer.toString(texts.size() + 1));
    }
    texts.add(text);
    return this;
  }

  /**
   * Sets a button as the accessory.
   *
   * @param button the button
   * @return this builder
   * @throws ValidationException ({@code accessory}) if it is missing
   */
  public SectionBuilder accessory(Button button) {
    Check.required("accessory", button, "an accessory");
    this.accessory = button;
    return this;
  }

  /**
   * Sets a thumbnail as the accessory.
   *
   * @param thumbnail the thumbnail
   * @return this builder
   * @throws ValidationException ({@code accessory}) if it is missing
   */
  public SectionBuilder accessory(Thumbnail thumbnail) {
    Check.required("accessory", thumbnail, "an accessory");
    this.accessory = thumbnail;
    return this;
  }

  /**
   * Builds the section.
   *
   * @return the section
   * @throws ValidationException ({@code components}, {@code accessory}) if it has no text or no
   *     accessory, or the accessory breaks a rule
   */
  public Section build() {
    Check.required("accessory", accessory, "a section needs an accessory");
    Section section = new Section(Optional.ofNullable(id), List.copyOf(texts), accessory);
    Relative.checkAlone(() -> ComponentChecks.messageComponents("", List.of(section), true));
    return section;
  }
}
