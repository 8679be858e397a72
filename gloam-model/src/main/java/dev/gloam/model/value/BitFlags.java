package dev.gloam.model.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base of gloam's bitflag types, a set of flags packed in a {@code long}.
 *
 * <p>Bits that gloam does not name yet are kept: they survive parsing, combination and writing, so
 * a flag Discord adds tomorrow is never lost.
 *
 * @param <F> the concrete flag type, so that combinations return it
 */
public abstract class BitFlags<F extends BitFlags<F>> {
  private final long bits;

  /**
   * Creates a flag set; subclasses keep their constructors private.
   *
   * @param bits the raw bits
   */
  protected BitFlags(long bits) {
    this.bits = bits;
  }

  /**
   * Creates a flag set of the concrete type.
   *
   * @param bits the raw bits
   * @return the flag set
   */
  protected abstract F withBits(long bits);

  /**
   * Names the bits gloam knows, in bit order, for {@link #toString()}.
   *
   * @return each known flag's name by its single-bit value
   */
  protected abstract Map<Long, String> names();

  /**
   * Returns the raw bits.
   *
   * @return the bits, including ones gloam does not name
   */
  public final long bits() {
    return bits;
  }

  /**
   * Tells whether every flag of {@code other} is set here.
   *
   * @param other the flags to look for
   * @return {@code true} if all of them are set
   */
  public final boolean contains(F other) {
    return (bits & other.bits()) == other.bits();
  }

  /**
   * Tells whether at least one flag of {@code other} is set here.
   *
   * @param other the flags to look for
   * @return {@code true} if any of them is set
   */
  public final boolean intersects(F other) {
    return (bits & other.bits()) != 0;
  }

  /**
   * Returns these flags together with {@code others}.
   *
   * @param others the flags to add
   * @return the union
   */
  @SafeVarargs
  public final F with(F... others) {
    long result = bits;
    for (F other : others) {
      result |= other.bits();
    }
    return withBits(result);
  }

  /**
   * Returns these flags without {@code other}.
   *
   * @param other the flags to remove
   * @return the difference
   */
  public final F without(F other) {
    return withBits(bits & ~other.bits());
  }

  /**
   * Tells whether no flag is set.
   *
   * @return {@code true} if the bits are 0
   */
  public final boolean isEmpty() {
    return bits == 0;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((BitFlags<?>) other).bits == bits;
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + Long.hashCode(bits);
  }

  /** Lists the set flags by name, and any unnamed remainder in hex. */
  @Override
  public final String toString() {
    List<String> parts = new ArrayList<>();
    long rest = bits;
    for (Map.Entry<Long, String> entry : names().entrySet()) {
      if ((bits & entry.getKey()) != 0) {
        parts.add(entry.getValue());
        rest &= ~entry.getKey();
      }
    }
    if (rest != 0) {
      parts.add("0x" + Long.toHexString(rest));
    }
    return getClass().getSimpleName() + parts;
  }
}
