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
 * LoadRun burst = discord.load().start(LoadPlan.events(200_000).prepared()); // all at once
 * }</pre>
 */
public final class LoadPlan {

  private final long events;
  private final Duration duration;
  private final double rate;
  private final SortedSet<Integer> shards;
  private final Set<LoadEvent> types;
  private final boolean prepared;

  private LoadPlan(
      long events,
      Duration duration,
      double rate,
      SortedSet<Integer> shards,
      Set<LoadEvent> types,
      boolean prepared) {
    this.events = events;
    this.duration = duration;
    this.rate = rate;
    this.shards = shards;
    this.types = types;
    this.prepared = prepared;
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
    return new LoadPlan(count, null, 0, new TreeSet<>(), EnumSet.allOf(LoadEvent.class), false);
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
        Long.MAX_VALUE, duration, 0, new TreeSet<>(), EnumSet.allOf(LoadEvent.class), false);
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
    if (prepared) {
      throw new IllegalStateException(
          "a prepared load run is limited by its count only, it cannot also last at most " + limit);
    }
    return new LoadPlan(events, limit, rate, shards, types, false);
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
    if (prepared) {
      throw new IllegalStateException(
          "a prepared load run sends as fast as the connections take it, not at a rate");
    }
    return new LoadPlan(events, duration, eventsPerSecond, shards, types, false);
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
    return new LoadPlan(events, duration, rate, chosen, types, prepared);
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
    return new LoadPlan(
        events, duration, rate, shards, EnumSet.copyOf(Arrays.asList(chosen)), prepared);
  }

  /**
   * Prepares the whole run before sending any of it, so that it is sent as fast as the connections
   * take it and the testkit's own work does not slow the client down. The run first generates all
   * its events and hands them to the target sessions as usual (numbered, kept for RESUME), while
   * each target connection compresses them into memory without writing anything; once every
   * connection has compressed its share, the run releases them all at once ({@link
   * LoadRun#releasedAtNanos()}) and each writes everything it holds in one go. Anything else queued
   * on a held connection meanwhile (a heartbeat ACK, another dispatch) keeps its place among the
   * held frames and is written on release. Memory grows with the run: the compressed frames of
   * every event are held at once. Only for a plan limited by its count.
   *
   * @return a changed copy
   * @throws IllegalStateException if the plan lasts a time or has a rate
   */
  public LoadPlan prepared() {
    if (duration != null) {
      throw new IllegalStateException(
          "only a run limited by its count can be prepared, not one that lasts " + duration);
    }
    if (rate > 0) {
      throw new IllegalStateException(
          "only a run at full speed can be prepared, not one at " + rate + " events/s");
    }
    return new LoadPlan(events, duration, rate, shards, types, true);
  }

  /**
   * Tells whether the run is prepared before it is sent ({@link #prepared()}).
   *
   * @return true for a prepared run
   */
  public boolean isPrepared() {
    return prepared;
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
        + (prepared ? ", prepared" : "")
        + "]";
  }
}
