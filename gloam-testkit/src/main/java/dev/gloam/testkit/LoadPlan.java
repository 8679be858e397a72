package dev.gloam.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a load run sends: how many events or for how long, how fast, to which shards and which types
 * of events. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * LoadRun run = discord.load().start(LoadPlan.events(100_000));          // as fast as possible
 * LoadRun paced = discord.load().start(
 *     LoadPlan.lasting(Duration.ofSeconds(5)).atRate(2_000).toShards(0));  // 2,000 events/s
 * }</pre>
 */
public final class LoadPlan {

  private final long events;
  private final Duration duration;
  private final double rate;
  private final SortedSet<Integer> shards;
  private final Set<LoadEvent> types;

  private LoadPlan(
      long events,
      Duration duration,
      double rate,
      SortedSet<Integer> shards,
      Set<LoadEvent> types) {
    this.events = events;
    this.duration = duration;
    this.rate = rate;
    this.shards = shards;
    this.types = types;
  }

  /**
   * Plans a run of a number of events, as fast as possible, to every session, with the full mix.
   *
   * @param count how many events to generate, at least 1
   * @return the plan
   */
  public static LoadPlan events(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("a load run has at least one event, not " + count);
    }
    return new LoadPlan(count, null, 0, new TreeSet<>(), EnumSet.allOf(LoadEvent.class));
  }

  /**
   * Plans a run that lasts a while, as fast as possible, to every session, with the full mix.
   *
   * @param duration how long to send events, positive
   * @return the plan
   */
  public static LoadPlan lasting(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("a load run lasts a positive time");
    }
    return new LoadPlan(
        Long.MAX_VALUE, duration, 0, new TreeSet<>(), EnumSet.allOf(LoadEvent.class));
  }

  /**
   * Ends the run after a while even if it has not generated all its events.
   *
   * @param limit how long the run lasts at most, positive
   * @return a changed copy
   */
  public LoadPlan lastingAtMost(Duration limit) {
    Objects.requireNonNull(limit, "limit");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("a load run lasts a positive time");
    }
    return new LoadPlan(events, limit, rate, shards, types);
  }

  /**
   * Paces the run at a rate instead of as fast as possible.
   *
   * @param eventsPerSecond events generated per second, positive
   * @return a changed copy
   */
  public LoadPlan atRate(double eventsPerSecond) {
    if (!(eventsPerSecond > 0) || Double.isInfinite(eventsPerSecond)) {
      throw new IllegalArgumentException("the rate must be positive, not " + eventsPerSecond);
    }
    return new LoadPlan(events, duration, eventsPerSecond, shards, types);
  }

  /**
   * Sends to the sessions of these shards only, instead of every ready session.
   *
   * @param shardIds shard ids, at least one
   * @return a changed copy
   */
  public LoadPlan toShards(int... shardIds) {
    if (shardIds.length == 0) {
      throw new IllegalArgumentException("name at least one shard");
    }
    SortedSet<Integer> chosen = new TreeSet<>();
    for (int id : shardIds) {
      if (id < 0) {
        throw new IllegalArgumentException("a shard id is not negative: " + id);
      }
      chosen.add(id);
    }
    return new LoadPlan(events, duration, rate, chosen, types);
  }

  /**
   * Mixes only these types, in their usual proportions to each other.
   *
   * @param chosen the types, at least one
   * @return a changed copy
   */
  public LoadPlan only(LoadEvent... chosen) {
    if (chosen.length == 0) {
      throw new IllegalArgumentException("name at least one event type");
    }
    return new LoadPlan(events, duration, rate, shards, EnumSet.copyOf(Arrays.asList(chosen)));
  }

  /**
   * Returns how many events the run generates at most.
   *
   * @return the count, {@link Long#MAX_VALUE} for a run limited by time only
   */
  public long eventCount() {
    return events;
  }

  /**
   * Returns how long the run lasts at most.
   *
   * @return the duration, or null for a run limited by count only
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Returns the rate.
   *
   * @return events per second, or 0 for as fast as possible
   */
  public double rate() {
    return rate;
  }

  /**
   * Returns the chosen shards.
   *
   * @return shard ids; empty for every session
   */
  public Set<Integer> shards() {
    return java.util.Collections.unmodifiableSortedSet(shards);
  }

  /**
   * Returns the event types mixed.
   *
   * @return the types
   */
  public Set<LoadEvent> types() {
    return java.util.Collections.unmodifiableSet(types);
  }

  /**
   * Describes the plan.
   *
   * @return for example {@code LoadPlan[events=1000, rate=max, shards=all, types=[...]]}
   */
  @Override
  public String toString() {
    return "LoadPlan[events="
        + (events == Long.MAX_VALUE ? "unlimited" : events)
        + (duration == null ? "" : ", duration=" + duration)
        + ", rate="
        + (rate == 0 ? "max" : rate)
        + ", shards="
        + (shards.isEmpty() ? "all" : shards)
        + ", types="
        + types
        + "]";
  }
}
