package dev.gloam.model.value;

import java.util.Objects;

/**
 * The base of gloam's open enums whose wire form is a string, such as guild features or locales.
 *
 * <p>As with {@link IntEnum}, parsing never fails: a value gloam does not know yet becomes an
 * unnamed instance that keeps the string and writes it back unchanged. Two instances are equal when
 * their class and value are equal.
 */
public abstract class StringEnum {
  private final String value;
  private final boolean known;

  /**
   * Creates a constant; subclasses keep their constructors private.
   *
   * @param value the string Discord sends
   * @param known whether gloam names this value
   */
  protected StringEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /**
   * Returns the raw value, as sent on the wire.
   *
   * @return the string Discord uses for this value
   */
  public final String value() {
    return value;
  }

  /**
   * Tells whether this value is one that gloam names.
   *
   * @return {@code true} for a documented value
   */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((StringEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Returns the raw value. */
  @Override
  public final String toString() {
    return value;
  }
}
