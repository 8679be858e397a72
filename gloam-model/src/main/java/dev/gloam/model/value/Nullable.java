package dev.gloam.model.value;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A field that can be absent, {@code null}, or a value: what PATCH bodies need, where leaving a
 * field out keeps the current value and sending {@code null} clears it (for example a member's
 * nickname). {@link Optional} cannot tell the first two apart.
 *
 * <p>Declare such fields with {@code @JsonInclude(JsonInclude.Include.NON_EMPTY)}: an absent value
 * is then left out when written, {@code null} is written as {@code null}; reading gives back the
 * same state.
 *
 * <pre>{@code
 * record ModifyMember(@JsonInclude(Include.NON_EMPTY) Nullable<String> nick) {}
 * new ModifyMember(Nullable.absent());     // {}
 * new ModifyMember(Nullable.ofNull());     // {"nick":null}
 * new ModifyMember(Nullable.of("gloam"));  // {"nick":"gloam"}
 * }</pre>
 *
 * @param <T> the value's type
 */
@JsonSerialize(using = NullableSerializer.class)
@JsonDeserialize(using = NullableDeserializer.class)
public final class Nullable<T> {
  private static final Nullable<?> ABSENT = new Nullable<>(false, null);
  private static final Nullable<?> NULL = new Nullable<>(true, null);

  private final boolean present;
  private final T value;

  private Nullable(boolean present, T value) {
    this.present = present;
    this.value = value;
  }

  /**
   * Returns the absent state: the field is left out.
   *
   * @param <T> the value's type
   * @return the absent state
   */
  @SuppressWarnings("unchecked")
  public static <T> Nullable<T> absent() {
    return (Nullable<T>) ABSENT;
  }

  /**
   * Returns the null state: the field is sent as {@code null}.
   *
   * @param <T> the value's type
   * @return the null state
   */
  @SuppressWarnings("unchecked")
  public static <T> Nullable<T> ofNull() {
    return (Nullable<T>) NULL;
  }

  /**
   * Returns a value.
   *
   * @param value the value, not {@code null} (use {@link #ofNull()})
   * @param <T> the value's type
   * @return the value state
   */
  public static <T> Nullable<T> of(T value) {
    return new Nullable<>(true, Objects.requireNonNull(value, "value; use Nullable.ofNull()"));
  }

  /**
   * Tells whether the field is left out.
   *
   * @return {@code true} for the absent state
   */
  public boolean isAbsent() {
    return !present;
  }

  /**
   * Tells whether the field is sent as {@code null}.
   *
   * @return {@code true} for the null state
   */
  public boolean isNull() {
    return present && value == null;
  }

  /**
   * Returns the value, if there is one.
   *
   * @return the value, or empty when absent or null
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the value.
   *
   * @return the value
   * @throws NoSuchElementException when absent or null
   */
  public T orElseThrow() {
    if (value == null) {
      throw new NoSuchElementException(present ? "the value is null" : "the value is absent");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Nullable<?> that
        && that.present == present
        && Objects.equals(that.value, value);
  }

  @Override
  public int hashCode() {
    return present ? Objects.hashCode(value) * 31 + 1 : 0;
  }

  @Override
  public String toString() {
    return !present
        ? "Nullable.absent"
        : value == null ? "Nullable.null" : "Nullable[" + value + "]";
  }
}
