package dev.gloam.model.value;

/**
 * The base of gloam's open enums whose wire form is an integer.
 *
 * <p>Discord adds enum values without notice. An open enum is a value class with a named constant
 * for every documented value that also represents any other integer: parsing never fails and an
 * unknown value is written back exactly as it was read. Two instances are equal when their class
 * and value are equal, so {@code ChannelType.of(0).equals(ChannelType.GUILD_TEXT)}.
 */
public abstract class IntEnum {
  private final int value;
  private final String name;

  /**
   * Creates a constant; subclasses keep their constructors private.
   *
   * @param value the raw value Discord sends
   * @param name the documented name, or {@code null} for a value gloam does not know yet
   */
  protected IntEnum(int value, String name) {
    this.value = value;
    this.name = name;
  }

  /**
   * Returns the raw value, as sent on the wire.
   *
   * @return the integer Discord uses for this value
   */
  public final int value() {
    return value;
  }

  /**
   * Returns the documented name, such as {@code GUILD_TEXT}, or {@code UNKNOWN(99)} for a value
   * gloam does not know yet.
   *
   * @return the name
   */
  public final String name() {
    return name != null ? name : "UNKNOWN(" + value + ")";
  }

  /**
   * Tells whether this value is one that gloam names.
   *
   * @return {@code true} for a documented value
   */
  public final boolean isKnown() {
    return name != null;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((IntEnum) other).value == value;
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value;
  }

  @Override
  public final String toString() {
    return name();
  }
}
