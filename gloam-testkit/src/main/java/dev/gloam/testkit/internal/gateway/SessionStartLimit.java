package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** How many more sessions the bot may start today; each IDENTIFY uses one. */
public final class SessionStartLimit {

  private static final int TOTAL = 1000;
  private static final Duration WINDOW = Duration.ofHours(24);

  private final Clock clock;
  private Instant resetAt;
  private int remaining = TOTAL;

  /**
   * Creates a full limit whose day starts now.
   *
   * @param clock where time comes from
   */
  public SessionStartLimit(Clock clock) {
    this.clock = clock;
    this.resetAt = clock.instant().plus(WINDOW);
  }

  /** Uses one session start; the count never goes below zero. */
  public synchronized void consume() {
    refresh();
    remaining = Math.max(0, remaining - 1);
  }

  /**
   * Renders the session start limit object of {@code GET /gateway/bot}.
   *
   * @return a new JSON object
   */
  public synchronized ObjectNode toJson() {
    refresh();
    ObjectNode json = Json.object();
    json.put("total", TOTAL);
    json.put("remaining", remaining);
    json.put("reset_after", Math.max(0, Duration.between(clock.instant(), resetAt).toMillis()));
    json.put("max_concurrency", 1);
    return json;
  }

  private void refresh() {
    Instant now = clock.instant();
    if (!now.isBefore(resetAt)) {
      remaining = TOTAL;
      resetAt = now.plus(WINDOW);
    }
  }
}
