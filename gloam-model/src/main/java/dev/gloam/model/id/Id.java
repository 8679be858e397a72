package dev.gloam.model.id;

import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Discord snowflake id, typed by the kind of resource it names.
 *
 * <p>The marker {@code M} keeps ids of different resources apart at compile time: an {@code
 * Id<GuildMarker>} cannot be passed where an {@code Id<ChannelMarker>} is expected. Where Discord
 * reuses one id for two resources (the {@code @everyone} role has its guild's id), {@link #cast()}
 * changes the marker on purpose.
 *
 * <p>Snowflakes are unsigned 64-bit integers; the full range is kept and written back unchanged. On
 * the wire ids are JSON strings; numbers are accepted when reading. See Discord's reference,
 * "Snowflakes".
 *
 * <pre>{@code
 * Id<ChannelMarker> channel = Id.of(1234567890123456789L);
 * Id<GuildMarker> guild = Id.parse("81384788765712384");
 * }</pre>
 *
 * @param <M> the marker naming the resource this id belongs to
 */
@JsonSerialize(using = IdSerializer.class)
@JsonDeserialize(using = IdDeserializer.class)
public final class Id<M> implements Comparable<Id<M>> {
  /** Discord's epoch, the first millisecond of 2015, in Unix milliseconds. */
  public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

  private final long value;

  private Id(long value) {
    this.value = value;
  }

  /**
   * Returns the id with the given raw value, read as an unsigned 64-bit integer.
   *
   * @param value the snowflake's 64 bits
   * @param <M> the resource marker
   * @return the id
   * @throws IllegalArgumentException if the value is zero, which Discord never uses as an id
   */
  public static <M> Id<M> of(long value) {
    if (value == 0) {
      throw new IllegalArgumentException("a Discord id is never 0");
    }
    return new Id<>(value);
  }

  /**
   * Parses an id from its decimal text, as Discord sends it.
   *
   * @param text the unsigned decimal snowflake
   * @param <M> the resource marker
   * @return the id
   * @throws IllegalArgumentException if the text is not an unsigned 64-bit decimal number or is 0
   */
  public static <M> Id<M> parse(String text) {
    long value;
    try {
      value = Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a Discord id: \"" + text + "\"", e);
    }
    return of(value);
  }

  // The usual case, read from a parser's buffer without making a String: 1 to 19 ASCII digits. Any
  // such number is below 10^19 < 2^64, so the unsigned value cannot overflow. Anything else
  // (including 0 and 20-digit ids) returns null and goes through parse(String).
  static <M> Id<M> fromDigits(char[] text, int offset, int length) {
    if (length < 1 || length > 19) {
      return null;
    }
    long value = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return value == 0 ? null : new Id<>(value);
  }

  /**
   * Returns the raw 64 bits; read them as unsigned (for example with {@link
   * Long#toUnsignedString(long)}).
   *
   * @return the snowflake's bits
   */
  public long value() {
    return value;
  }

  /**
   * Returns this id with another marker, for resources that share ids on purpose.
   *
   * @param <N> the new marker
   * @return the same snowflake, typed as {@code N}
   */
  @SuppressWarnings("unchecked")
  public <N> Id<N> cast() {
    return (Id<N>) this;
  }

  /**
   * Returns the moment the snowflake was created, from its top 42 bits.
   *
   * @return the creation time
   */
  public Instant timestamp() {
    return Instant.ofEpochMilli((value >>> 22) + DISCORD_EPOCH_MILLIS);
  }

  @Override
  public int compareTo(Id<M> other) {
    return Long.compareUnsigned(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Id<?> id && id.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** Returns the id as Discord writes it: the unsigned decimal number. */
  @Override
  public String toString() {
    return Long.toUnsignedString(value);
  }
}
