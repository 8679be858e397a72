package dev.gloam.model.value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The named values of one {@link StringEnum} type, and the lookup that turns a raw string into its
 * constant or, for a string gloam does not know, into a new unnamed instance.
 *
 * <pre>{@code
 * private static final StringEnumRegistry<GuildFeature> VALUES =
 *     new StringEnumRegistry<>(value -> new GuildFeature(value, false));
 * public static final GuildFeature COMMUNITY = VALUES.register(new GuildFeature("COMMUNITY", true));
 * }</pre>
 *
 * @param <E> the open enum type
 */
public final class StringEnumRegistry<E extends StringEnum> {
  private final Map<String, E> known = new LinkedHashMap<>();
  private final Function<String, E> unknown;

  /**
   * Creates an empty registry.
   *
   * @param unknown creates the unnamed instance for a string that is not registered
   */
  public StringEnumRegistry(Function<String, E> unknown) {
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
    return constant;
  }

  /**
   * Returns the constant with a raw value, or an unnamed instance for an unknown one.
   *
   * @param value the raw value
   * @return the instance
   */
  public E of(String value) {
    E constant = known.get(value);
    return constant != null ? constant : unknown.apply(value);
  }
}
