package dev.gloam.testkit;

import dev.gloam.testkit.internal.gateway.SessionRegistry;
import dev.gloam.testkit.internal.gateway.load.LoadRunner;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.World;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load mode of an {@link OfflineDiscord} (get it from {@link OfflineDiscord#load()}): streams a
 * realistic mix of guild events ({@link LoadEvent}) to the gateway sessions of chosen shards, at a
 * set rate or as fast as the connections take them, to measure or stress a bot.
 *
 * <pre>{@code
 * discord.awaitSessions(1, Duration.ofSeconds(10));
 * LoadRun run = discord.load().start(LoadPlan.events(100_000));
 * run.await(Duration.ofMinutes(1));
 * }</pre>
 *
 * <p>Load events are real dispatches: they carry the session's next sequence numbers, are kept for
 * RESUME and replayed like any other (within the resume buffer, see {@link
 * OfflineDiscord.Builder#resumeBufferSize}), and follow the intents (a session without
 * GUILD_PRESENCES gets no PRESENCE_UPDATE, one without MESSAGE_CONTENT gets messages with their
 * content blanked). They use the guild's real ids, its human members and fresh message ids, but
 * they only exist on the gateway: they do not change the state REST shows (a load message is not
 * stored, a load nickname is not kept). The wire log gets one summary line per run ({@code LOAD
 * 200000 events to shard 0 (...)}) instead of one entry per event, and wire listeners are not told
 * about load events one by one.
 *
 * <p>To measure a client rather than the testkit, a {@linkplain LoadPlan#prepared() prepared} run
 * makes and compresses all its events before writing any, then writes them in one go; time it from
 * {@link LoadRun#releasedAtNanos()}.
 */
public final class Load {

  // Process id 3 keeps load message ids apart from the world's and the REST fakes' snowflakes.
  private static final int SNOWFLAKE_PROCESS = 3;

  private final World world;
  private final SessionRegistry sessions;
  private final WireLog wireLog;
  private final SnowflakeGenerator ids;
  private final AtomicLong nextId = new AtomicLong(1);
  private final Map<Long, LoadRun> runs = new ConcurrentHashMap<>();
  private volatile boolean closed;

  Load(World world, SessionRegistry sessions, WireLog wireLog, Clock clock) {
    this.world = world;
    this.sessions = sessions;
    this.wireLog = wireLog;
    this.ids = new SnowflakeGenerator(clock, 1, SNOWFLAKE_PROCESS);
  }

  /**
   * Starts a load run on its own thread, to the sessions that are ready when it starts.
   *
   * @param plan what to send
   * @return the running run
   * @throws TestkitException of kind INVALID_ARGUMENT if no ready session of the chosen shards owns
   *     the guild, or of kind CLOSED after {@link OfflineDiscord#close()}
   */
  public LoadRun start(LoadPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (closed) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    LoadRunner runner;
    try {
      runner = new LoadRunner(nextId.getAndIncrement(), plan, world, sessions, ids, wireLog);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new TestkitException(TestkitException.Kind.INVALID_ARGUMENT, e.getMessage(), e);
    }
    LoadRun run = new LoadRun(runner);
    runs.put(run.id(), run);
    runner.start();
    return run;
  }

  /**
   * Finds a run started by this instance.
   *
   * @param id the run's id
   * @return the run, running or ended
   */
  public Optional<LoadRun> run(long id) {
    return Optional.ofNullable(runs.get(id));
  }

  /** Stops every run and waits a bounded time for each; called when the testkit closes. */
  void close(Duration timeout) {
    closed = true;
    runs.values().forEach(LoadRun::stop);
    for (LoadRun run : runs.values()) {
      run.await(timeout);
    }
  }
}
