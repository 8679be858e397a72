package dev.gloam.model.value;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The named values of one {@link IntEnum} type, and the lookup that turns a raw value into its
 * constant or, for a value gloam does not know, into a new unnamed instance.
 *
 * <pre>{@code
 * private static final IntEnumRegistry<ChannelType> VALUES =
 *     new IntEnumRegistry<>(value -> new ChannelType(value, null));
 * public static final ChannelType GUILD_TEXT = VALUES.register(new ChannelType(0, "GUILD_TEXT"));
 * }</pre>
 *
 * @param <E> the open enum type
 */
public final class IntEnumRegistry<E extends IntEnum> {
  // Values below this are also kept in an array: opcodes and most types are small, and they are
  // looked up for nearly every payload, where boxing a key and hashing it showed up.
  private static final int DENSE = 64;

  private final Map<Integer, E> known = new HashMap<>();
  private final IntEnum[] small = new IntEnum[DENSE];
  private final IntFunction<E> unknown;

  /**
   * Creates an empty registry.
   *
   * @param unknown creates the unnamed instance for a value that is not registered
   */
  public IntEnumRegistry(IntFunction<E> unknown) {
    this.unknown = unknown;
  }

  /**
   * Registers a named constant.
   *
   * @param constant the constant
   * @return the constant, for assignment to a {@code static final} field
   * @throws IllegalStateException if its value is already registered
   */
  public E register(E constant) {
    if (known.putIfAbsent(constant.value(), constant) != null) {
      throw new IllegalStateException("value " + constant.value() + " is registered twice");
    }
    int value = constant.value();
    if (value >= 0 && value < DENSE) {
      small[value] = constant;
    }
    return constant;
  }

  /**
   * Returns the constant with a raw value, or an unnamed instance for an unknown one.
   *
   * @param value the raw value
   * @return the instance
   */
  public E of(int value) {
    if (value >= 0 && value < DENSE) {
      // Only constants registered for this type are ever stored in the array.
      @SuppressWarnings("unchecked")
      E constant = (E) small[value];
      return constant != null ? constant : unknown.apply(value);
    }
    E constant = known.get(value);
    return constant != null ? constant : unknown.apply(value);
  }
}
