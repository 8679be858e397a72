package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The look and behaviour of a button. Maps Discord's "Button Styles" table (components/reference).
 *
 * <p>{@link #LINK} buttons need a {@code url} and {@link #PREMIUM} buttons a {@code sku_id}; the
 * other styles need a {@code custom_id}.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ButtonStyle extends IntEnum {
  private static final IntEnumRegistry<ButtonStyle> VALUES =
      new IntEnumRegistry<>(value -> new ButtonStyle(value, null));

  /** The main action of a group (1). */
  public static final ButtonStyle PRIMARY = VALUES.register(new ButtonStyle(1, "PRIMARY"));

  /** A supporting or alternative action (2). */
  public static final ButtonStyle SECONDARY = VALUES.register(new ButtonStyle(2, "SECONDARY"));

  /** A confirming or completing action (3). */
  public static final ButtonStyle SUCCESS = VALUES.register(new ButtonStyle(3, "SUCCESS"));

  /** An action that cannot be undone (4). */
  public static final ButtonStyle DANGER = VALUES.register(new ButtonStyle(4, "DANGER"));

  /** Opens a URL instead of sending an interaction (5). */
  public static final ButtonStyle LINK = VALUES.register(new ButtonStyle(5, "LINK"));

  /** Offers an SKU for purchase (6). */
  public static final ButtonStyle PREMIUM = VALUES.register(new ButtonStyle(6, "PREMIUM"));

  private ButtonStyle(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the button style with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ButtonStyle of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
