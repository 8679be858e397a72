package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The shape of a text input. Maps Discord's "Text Input Styles" table (components/reference).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class TextInputStyle extends IntEnum {
  private static final IntEnumRegistry<TextInputStyle> VALUES =
      new IntEnumRegistry<>(value -> new TextInputStyle(value, null));

  /** One line of text (1). */
  public static final TextInputStyle SHORT = VALUES.register(new TextInputStyle(1, "SHORT"));

  /** Several lines of text (2). */
  public static final TextInputStyle PARAGRAPH =
      VALUES.register(new TextInputStyle(2, "PARAGRAPH"));

  private TextInputStyle(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the text input style with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static TextInputStyle of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
