package dev.gloam.testkit.internal.rest.fault;

import dev.gloam.testkit.internal.rest.ratelimit.RouteKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The REST faults a test asked for, each for a route (or every route) and a number of requests.
 * Thread-safe: requests take their faults concurrently with tests adding more.
 */
public final class FaultPlan {

  /** One thing to do to a request instead of, or before, answering it normally. */
  public sealed interface Fault {
    /**
     * Answer with a server error, as Discord's front end does when something behind it fails.
     *
     * @param status 500 to 599
     */
    record Fail(int status) implements Fault {}

    /**
     * Answer with a 429 of user scope, as if the route's bucket were empty.
     *
     * @param retryAfter how long the client is told to wait
     */
    record RateLimited(Duration retryAfter) implements Fault {}

    /**
     * Hold the request before answering it.
     *
     * @param delay how long
     */
    record Delay(Duration delay) implements Fault {}
  }

  private static final class Entry {
    private final String route;
    private final Fault fault;
    private int remaining;

    Entry(String route, Fault fault, int remaining) {
      this.route = route;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** Creates an empty plan. */
  public FaultPlan() {}

  /**
   * Adds a fault for the next {@code times} requests of a route.
   *
   * @param route method and path template, or {@code *} for every route
   * @param fault what to do
   * @param times how many requests it applies to, at least 1
   */
  public synchronized void add(String route, Fault fault, int times) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("a fault applies to at least one request");
    }
    String key =
        Objects.requireNonNull(route, "route").strip().equals("*")
            ? null
            : RouteKey.normalize(route);
    entries.add(new Entry(key, fault, times));
  }

  /**
   * Takes the faults that apply to one request, in the order they were added, counting the request
   * against each of them.
   *
   * @param method the request's method
   * @param template the path template of the route that matched it
   * @return the faults, often none
   */
  public synchronized List<Fault> take(String method, String template) {
    if (entries.isEmpty()) {
      return List.of();
    }
    String key = RouteKey.of(method, template);
    List<Fault> taken = new ArrayList<>();
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (entry.route == null || entry.route.equals(key)) {
        taken.add(entry.fault);
        if (--entry.remaining == 0) {
          it.remove();
        }
      }
    }
    return taken;
  }

  /** Forgets every fault not yet used. */
  public synchronized void clear() {
    entries.clear();
  }
}
