package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * Builds a {@link TextDisplay}: markdown text in a Components V2 message, a section or a modal
 * (components/reference, "Text Display"). Mentions in it notify as the message's allowed mentions
 * say. All text displays of a message together have at most {@value
 * ComponentChecks#TEXT_DISPLAY_TOTAL_MAX} characters, checked by {@link MessageComponentsBuilder}.
 *
 * <pre>{@code
 * TextDisplay hello = TextDisplayBuilder.of("**Hello** <@80351110224678912>");
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class TextDisplayBuilder {
  private final String content;
  private Integer id;

  /**
   * Starts a text display.
   *
   * @param content the markdown text, at most {@value ComponentChecks#TEXT_DISPLAY_TOTAL_MAX}
   *     characters
   * @throws ValidationException ({@code content}) if it is missing or too long
   */
  public TextDisplayBuilder(String content) {
    Check.required("content", content, "a text display needs content");
    Check.maxLength("content", content, ComponentChecks.TEXT_DISPLAY_TOTAL_MAX);
    this.content = content;
  }

  /**
   * Returns a text display of this text, without an {@code id}.
   *
   * @param content the markdown text
   * @return the text display
   * @throws ValidationException ({@code content}) if it is missing or too long
   */
  public static TextDisplay of(String content) {
    return new TextDisplayBuilder(content).build();
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public TextDisplayBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Builds the text display.
   *
   * @return the text display
   */
  public TextDisplay build() {
    return new TextDisplay(Optional.ofNullable(id), content);
  }
}
