package dev.gloam.testkit.internal.world;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats instants the way Discord writes ISO-8601 timestamps: microseconds and {@code +00:00}. */
public final class DiscordTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

  private DiscordTime() {}

  /**
   * Formats an instant.
   *
   * @param instant the instant
   * @return for example {@code 2025-01-31T12:00:00.123000+00:00}
   */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
