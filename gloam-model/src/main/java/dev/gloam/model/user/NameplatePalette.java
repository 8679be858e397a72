package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The background colour of a nameplate. Maps the values Discord lists for the {@code palette} field
 * of "Nameplate" (resources/user).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its string.
 */
public final class NameplatePalette extends StringEnum {
  private static final StringEnumRegistry<NameplatePalette> VALUES =
      new StringEnumRegistry<>(value -> new NameplatePalette(value, false));

  /** Crimson ({@code crimson}). */
  public static final NameplatePalette CRIMSON =
      VALUES.register(new NameplatePalette("crimson", true));

  /** Berry ({@code berry}). */
  public static final NameplatePalette BERRY = VALUES.register(new NameplatePalette("berry", true));

  /** Sky ({@code sky}). */
  public static final NameplatePalette SKY = VALUES.register(new NameplatePalette("sky", true));

  /** Teal ({@code teal}). */
  public static final NameplatePalette TEAL = VALUES.register(new NameplatePalette("teal", true));

  /** Forest ({@code forest}). */
  public static final NameplatePalette FOREST =
      VALUES.register(new NameplatePalette("forest", true));

  /** Bubble gum ({@code bubble_gum}). */
  public static final NameplatePalette BUBBLE_GUM =
      VALUES.register(new NameplatePalette("bubble_gum", true));

  /** Violet ({@code violet}). */
  public static final NameplatePalette VIOLET =
      VALUES.register(new NameplatePalette("violet", true));

  /** Cobalt ({@code cobalt}). */
  public static final NameplatePalette COBALT =
      VALUES.register(new NameplatePalette("cobalt", true));

  /** Clover ({@code clover}). */
  public static final NameplatePalette CLOVER =
      VALUES.register(new NameplatePalette("clover", true));

  /** Lemon ({@code lemon}). */
  public static final NameplatePalette LEMON = VALUES.register(new NameplatePalette("lemon", true));

  /** White ({@code white}). */
  public static final NameplatePalette WHITE = VALUES.register(new NameplatePalette("white", true));

  private NameplatePalette(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with the given raw string, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static NameplatePalette of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
