package dev.gloam.testkit.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test advances it, so windows can pass without sleeping. */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;

  /** Creates a clock at the current millisecond. */
  public ManualClock() {
    this.now = new AtomicReference<>(Instant.ofEpochMilli(System.currentTimeMillis()));
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a manual clock stays in UTC");
  }
}
