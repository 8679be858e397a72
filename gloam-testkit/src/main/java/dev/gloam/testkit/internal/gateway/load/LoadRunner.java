package dev.gloam.testkit.internal.gateway.load;

import dev.gloam.testkit.LoadEvent;
import dev.gloam.testkit.LoadPlan;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import dev.gloam.testkit.internal.gateway.GatewayConnection;
import dev.gloam.testkit.internal.gateway.GatewaySession;
import dev.gloam.testkit.internal.gateway.Intents;
import dev.gloam.testkit.internal.gateway.OutboxHold;
import dev.gloam.testkit.internal.gateway.PreparedDispatch;
import dev.gloam.testkit.internal.gateway.SessionRegistry;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One load run on its own thread: generates the plan's mix, builds each event once per view (with
 * or without message content) and hands batches to every target session, which numbers them, keeps
 * them for RESUME and queues them on its connection. At full speed it waits for the connection's
 * writer whenever too many events are queued, so memory stays bounded and the rate is the rate the
 * client reads at. When it ends it records one summary line in the wire log instead of one line per
 * event.
 *
 * <p>A prepared run ({@link LoadPlan#prepared()}) first holds the output of every target
 * connection, generates and hands over all its events while the connections' writers compress them
 * into memory, waits until every writer has compressed its share, and then releases them all at
 * once. Back pressure still applies while held: a writer counts an event as done once it has
 * compressed it, so the run never waits for a write that the hold prevents.
 */
public final class LoadRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LoadRunner.class);

  /** Events generated per batch handed to the sessions. */
  static final int BATCH = 256;

  /** Events a connection may have queued and unwritten before a full-speed run waits. */
  static final int MAX_PENDING = 8192;

  private static final Duration ROOM_WAIT = Duration.ofMillis(100);
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final long id;
  private final LoadPlan plan;
  private final List<Target> targets;
  private final EventTemplates templates;
  private final WireLog wireLog;
  private final LoadEvent[] types;
  private final int[] cumulativeWeights;
  private final SplittableRandom random;
  private final AtomicLong generated = new AtomicLong();
  private final AtomicLong dispatched = new AtomicLong();
  private final AtomicLongArray byType = new AtomicLongArray(LoadEvent.values().length);
  private final CountDownLatch done = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile long releasedAt;
  private final Thread thread;
  private volatile boolean stopRequested;

  /** A session the run sends to, with what its intents let it see. */
  private record Target(
      GatewaySession session, boolean[] wants, boolean seesContent, List<PreparedDispatch> batch) {}

  /**
   * Prepares a run; {@link #start()} starts it.
   *
   * @param id a number unique within the testkit, for the HTTP control and thread name
   * @param plan what to send
   * @param world the world, read once here
   * @param registry where the target sessions come from
   * @param ids where fresh message ids come from
   * @param wireLog where the run's summary goes
   * @throws IllegalArgumentException if no ready session of the chosen shards receives the guild's
   *     events, or reactions are asked for alone in a channel without messages
   */
  public LoadRunner(
      long id,
      LoadPlan plan,
      World world,
      SessionRegistry registry,
      SnowflakeGenerator ids,
      WireLog wireLog) {
    this.id = id;
    this.plan = plan;
    this.wireLog = wireLog;
    LoadWorld snapshot = LoadWorld.of(world);
    this.templates = new EventTemplates(snapshot, ids, id);
    this.random = new SplittableRandom(~id);
    this.types = plan.types().toArray(LoadEvent[]::new);
    this.cumulativeWeights = new int[types.length];
    int total = 0;
    for (int i = 0; i < types.length; i++) {
      total += types[i].weight();
      cumulativeWeights[i] = total;
    }
    if (!templates.hasMessage() && plan.types().equals(Set.of(LoadEvent.MESSAGE_REACTION_ADD))) {
      throw new IllegalArgumentException(
          "reactions alone need a message to react to: post one first, or add MESSAGE_CREATE");
    }
    this.targets = targets(plan, registry, snapshot.guildId());
    this.thread =
        Thread.ofPlatform().daemon().name("gloam-testkit-load-" + id).unstarted(this::run);
  }

  private static List<Target> targets(LoadPlan plan, SessionRegistry registry, long guildId) {
    Set<GatewaySession> sessions = new LinkedHashSet<>();
    for (GatewayConnection connection : registry.connectionsOfShard(-1)) {
      GatewaySession session = connection.session();
      // Only sessions the registry lists have been sent READY and GUILD_CREATE: load events must
      // not overtake them.
      if (session != null
          && registry.find(session.sessionId()).isPresent()
          && (plan.shards().isEmpty() || plan.shards().contains(session.shard().id()))
          && session.shard().owns(guildId)) {
        sessions.add(session);
      }
    }
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException(
          "no ready gateway session "
              + (plan.shards().isEmpty() ? "" : "of shards " + plan.shards() + " ")
              + "owns guild "
              + Long.toUnsignedString(guildId)
              + ", whose events a load run sends");
    }
    List<Target> targets = new ArrayList<>();
    for (GatewaySession session : sessions) {
      boolean[] wants = new boolean[LoadEvent.values().length];
      for (LoadEvent type : LoadEvent.values()) {
        wants[type.ordinal()] = Intents.allows(session.intents(), type.name(), false);
      }
      targets.add(
          new Target(
              session,
              wants,
              Intents.contains(session.intents(), Intents.MESSAGE_CONTENT),
              new ArrayList<>(BATCH)));
    }
    return List.copyOf(targets);
  }

  /** Starts the run's thread. */
  public void start() {
    thread.start();
  }

  /**
   * Returns the run's number.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the plan.
   *
   * @return the plan
   */
  public LoadPlan plan() {
    return plan;
  }

  /**
   * Returns how many sessions the run sends to.
   *
   * @return the number of target sessions
   */
  public int sessions() {
    return targets.size();
  }

  /**
   * Returns how many events were generated so far.
   *
   * @return the count
   */
  public long generated() {
    return generated.get();
  }

  /**
   * Returns how many dispatches were queued so far, summed over the target sessions.
   *
   * @return the count
   */
  public long dispatched() {
    return dispatched.get();
  }

  /**
   * Returns how many events of a type were generated so far.
   *
   * @param type the type
   * @return the count
   */
  public long generated(LoadEvent type) {
    return byType.get(type.ordinal());
  }

  /**
   * Returns when the run's events started to go out: for a prepared run, when it released its
   * connections; for any other, when it started generating.
   *
   * @return a {@link System#nanoTime()} value, or 0 before then
   */
  public long releasedAtNanos() {
    return released.getCount() == 0 ? releasedAt : 0;
  }

  /**
   * Waits until the run's events started to go out (see {@link #releasedAtNanos()}).
   *
   * @param timeout how long to wait at most
   * @return true if they did in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitReleased(Duration timeout) throws InterruptedException {
    return released.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Asks the run to end after the current batch. */
  public void stop() {
    stopRequested = true;
    LockSupport.unpark(thread);
  }

  /**
   * Waits for the run to end.
   *
   * @param timeout how long to wait at most
   * @return true if it ended
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean await(Duration timeout) throws InterruptedException {
    return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Tells whether the run has ended.
   *
   * @return true once it ended
   */
  public boolean isDone() {
    return done.getCount() == 0;
  }

  private void run() {
    try {
      if (plan.isPrepared()) {
        sendPrepared();
      } else {
        markReleased();
        send();
      }
    } catch (RuntimeException e) {
      LOG.warn("load run {} failed", id, e);
    } finally {
      // A run that failed or was stopped before its release still counts as released, so that no
      // one waits for it in vain.
      markReleased();
      summarize();
      done.countDown();
    }
  }

  private void send() {
    long limit = plan.eventCount();
    double rate = plan.rate();
    long start = System.nanoTime();
    long deadline = plan.duration() == null ? Long.MAX_VALUE : start + plan.duration().toNanos();
    long count = 0;
    while (!stopRequested && count < limit) {
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        return;
      }
      int batch;
      if (rate > 0) {
        // The first event is due at once, the next after 1/rate seconds, and so on.
        long due = Math.min(limit, (long) ((now - start) / 1e9 * rate) + 1);
        batch = (int) Math.min(BATCH, due - count);
        if (batch <= 0) {
          long nextAt = start + (long) (count / rate * 1e9);
          LockSupport.parkNanos(Math.max(1, Math.min(nextAt - now, MAX_PARK_NANOS)));
          continue;
        }
      } else {
        batch = (int) Math.min(BATCH, limit - count);
        if (!roomEverywhere()) {
          continue;
        }
      }
      generate(batch);
      count += batch;
      generated.set(count);
      if (targets.stream().noneMatch(t -> t.session().isValid())) {
        return;
      }
    }
  }

  private void markReleased() {
    if (released.getCount() != 0) {
      releasedAt = System.nanoTime();
      released.countDown();
    }
  }

  /** Holds every target's output, hands over every event, waits until compressed, releases. */
  private void sendPrepared() {
    List<OutboxHold> holds = new ArrayList<>();
    try {
      for (Target target : targets) {
        holds.add(target.session().holdOutput());
      }
      send();
      List<CompletableFuture<Void>> compressed = new ArrayList<>();
      for (OutboxHold hold : holds) {
        compressed.add(hold.compressed());
      }
      CompletableFuture<Void> all =
          CompletableFuture.allOf(compressed.toArray(new CompletableFuture<?>[0]));
      while (!stopRequested) {
        try {
          all.get(ROOM_WAIT.toNanos(), TimeUnit.NANOSECONDS);
          break;
        } catch (TimeoutException e) {
          // Still compressing; look at stopRequested again.
        } catch (ExecutionException e) {
          break;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    } finally {
      markReleased();
      holds.forEach(OutboxHold::release);
    }
  }

  private boolean roomEverywhere() {
    for (Target target : targets) {
      if (!target.session().awaitRoom(MAX_PENDING, ROOM_WAIT)) {
        return false;
      }
    }
    return true;
  }

  private void generate(int count) {
    for (int i = 0; i < count; i++) {
      LoadEvent type = pick();
      if (type == LoadEvent.MESSAGE_REACTION_ADD && !templates.hasMessage()) {
        // Nothing to react to yet: the run's first message comes first.
        type = LoadEvent.MESSAGE_CREATE;
      }
      EventTemplates.Built built = templates.next(type);
      byType.incrementAndGet(type.ordinal());
      for (Target target : targets) {
        if (target.wants()[type.ordinal()]) {
          target.batch().add(target.seesContent() ? built.withContent() : built.withoutContent());
        }
      }
    }
    for (Target target : targets) {
      dispatched.addAndGet(target.session().dispatchPrepared(target.batch()));
      target.batch().clear();
    }
  }

  private LoadEvent pick() {
    int roll = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
    for (int i = 0; i < types.length; i++) {
      if (roll < cumulativeWeights[i]) {
        return types[i];
      }
    }
    return types[types.length - 1];
  }

  private void summarize() {
    Set<Integer> shards = new TreeSet<>();
    targets.forEach(t -> shards.add(t.session().shard().id()));
    ObjectNode body = Json.object();
    body.put("run", id);
    body.put("events", generated.get());
    body.put("dispatches", dispatched.get());
    body.put("sessions", targets.size());
    ObjectNode counts = body.putObject("by_type");
    StringBuilder mix = new StringBuilder();
    for (LoadEvent type : LoadEvent.values()) {
      long n = byType.get(type.ordinal());
      if (n > 0) {
        counts.put(type.name(), n);
        mix.append(mix.isEmpty() ? "" : ", ").append(n).append(' ').append(type.name());
      }
    }
    String summary =
        "LOAD "
            + generated.get()
            + " events to shard"
            + (shards.size() == 1 ? " " : "s ")
            + String.join(",", shards.stream().map(String::valueOf).toList())
            + " ("
            + dispatched.get()
            + " dispatches"
            + (mix.isEmpty() ? "" : ": " + mix)
            + ")";
    wireLog.record(Transport.GATEWAY, Direction.FROM_DISCORD, summary, Json.write(body));
  }
}
