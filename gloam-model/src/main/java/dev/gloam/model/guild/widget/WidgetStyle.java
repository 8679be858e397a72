package dev.gloam.model.guild.widget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The look of the PNG widget image, passed as the {@code style} query parameter. Maps Discord's
 * "Widget Style Options" table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its string.
 */
public final class WidgetStyle extends StringEnum {
  private static final StringEnumRegistry<WidgetStyle> VALUES =
      new StringEnumRegistry<>(value -> new WidgetStyle(value, false));

  /** A small shield with the Discord logo and the online count ({@code shield}). */
  public static final WidgetStyle SHIELD = VALUES.register(new WidgetStyle("shield", true));

  /**
   * A large image with icon, name and online count, and a "powered by Discord" footer ({@code
   * banner1}).
   */
  public static final WidgetStyle BANNER1 = VALUES.register(new WidgetStyle("banner1", true));

  /**
   * A small banner with icon, name and online count, and the Discord logo on the right ({@code
   * banner2}).
   */
  public static final WidgetStyle BANNER2 = VALUES.register(new WidgetStyle("banner2", true));

  /** A large image with a "chat now" footer and the Discord logo on the left ({@code banner3}). */
  public static final WidgetStyle BANNER3 = VALUES.register(new WidgetStyle("banner3", true));

  /** A large image with the Discord logo on top and a "join my server" button ({@code banner4}). */
  public static final WidgetStyle BANNER4 = VALUES.register(new WidgetStyle("banner4", true));

  private WidgetStyle(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the widget style with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static WidgetStyle of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
