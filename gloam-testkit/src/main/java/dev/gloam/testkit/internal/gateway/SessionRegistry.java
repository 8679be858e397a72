package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.TestkitException;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.internal.world.WorldEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open gateway connections and the sessions that may still be resumed: fans events out to the
 * sessions that should see them (by shard and intents), finds connections for faults, and lets
 * tests wait until bots are ready.
 */
public final class SessionRegistry {

  private final Set<GatewayConnection> open = ConcurrentHashMap.newKeySet();
  private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition readyChanged = lock.newCondition();
  private int readySessions;

  private final World world;
  private final LiveState live;

  /**
   * Creates an empty registry.
   *
   * @param world the state events are built from
   */
  public SessionRegistry(World world) {
    this.world = world;
    this.live = new LiveState(world);
  }

  /**
   * Returns the presences and voice states.
   *
   * @return the live state
   */
  public LiveState live() {
    return live;
  }

  /**
   * Adds a connection once its WebSocket is open, so faults can reach it.
   *
   * @param connection the connection
   */
  public void opened(GatewayConnection connection) {
    open.add(connection);
  }

  /**
   * Removes a connection that ended; its session, if any, stays resumable.
   *
   * @param connection the connection
   */
  public void remove(GatewayConnection connection) {
    open.remove(connection);
  }

  /**
   * Adds a session that has been sent READY and its guilds, so it receives events from now on.
   *
   * @param session the session
   */
  public void add(GatewaySession session) {
    sessions.put(session.sessionId(), session);
  }

  /**
   * Finds a session that may still be resumed.
   *
   * @param sessionId the id from READY
   * @return the session, if known and valid
   */
  public Optional<GatewaySession> find(String sessionId) {
    return Optional.ofNullable(sessions.get(sessionId)).filter(GatewaySession::isValid);
  }

  /**
   * Forgets a session for good.
   *
   * @param session the session
   */
  public void invalidate(GatewaySession session) {
    session.invalidate();
    sessions.remove(session.sessionId(), session);
  }

  /**
   * Returns the open connections whose session identified as a shard, or every identified
   * connection if {@code shardId} is negative.
   *
   * @param shardId the shard id, or -1 for all
   * @return a snapshot
   */
  public List<GatewayConnection> connectionsOfShard(int shardId) {
    List<GatewayConnection> matching = new ArrayList<>();
    for (GatewayConnection connection : open) {
      GatewaySession session = connection.session();
      if (session != null && (shardId < 0 || session.shard().id() == shardId)) {
        matching.add(connection);
      }
    }
    return matching;
  }

  /** Counts one more session that has been sent READY and its guilds. */
  public void readySent() {
    lock.lock();
    try {
      readySessions++;
      readyChanged.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at least {@code count} sessions have been sent READY since the start.
   *
   * @param count how many sessions
   * @param timeout how long to wait at most
   * @throws TestkitException of kind TIMEOUT or INTERRUPTED
   */
  public void awaitReady(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (readySessions < count) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new TestkitException(
              TestkitException.Kind.TIMEOUT,
              "only "
                  + readySessions
                  + " of "
                  + count
                  + " gateway sessions were sent READY within "
                  + timeout);
        }
        readyChanged.await(remaining, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestkitException(
          TestkitException.Kind.INTERRUPTED, "interrupted while waiting for sessions", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Dispatches a guild event to every session whose shard owns the guild and whose intents allow
   * the event, including sessions waiting to be resumed (they get it on replay).
   *
   * @param guildId the guild the event belongs to
   * @param type the event name
   * @param build builds the body for one session; may return null to skip that session
   * @return how many sessions the event was dispatched to
   */
  public int dispatchToGuild(
      long guildId, String type, Function<GatewaySession, ObjectNode> build) {
    return dispatchWhere(
        session -> session.shard().owns(guildId) && Intents.allows(session.intents(), type, false),
        type,
        build);
  }

  /**
   * Dispatches an event that belongs to no guild (a DM or a user event): Discord sends those to
   * shard 0 only.
   *
   * @param type the event name
   * @param directMessage whether the event happened in a DM, for the intent check
   * @param build builds the body for one session; may return null to skip that session
   */
  public void dispatchOutsideGuilds(
      String type, boolean directMessage, Function<GatewaySession, ObjectNode> build) {
    dispatchWhere(
        session ->
            session.shard().id() == 0 && Intents.allows(session.intents(), type, directMessage),
        type,
        build);
  }

  /**
   * Dispatches an event that belongs to no guild to the sessions identified as one shard, as far as
   * their intents allow it (checked as for an event in a DM), for a test's scripted events.
   *
   * @param shardId the shard
   * @param type the event name
   * @param body the body; each session gets a copy
   * @return how many sessions the event was dispatched to
   */
  public int dispatchToShard(int shardId, String type, ObjectNode body) {
    return dispatchWhere(
        session -> session.shard().id() == shardId && Intents.allows(session.intents(), type, true),
        type,
        session -> body.deepCopy());
  }

  private int dispatchWhere(
      Predicate<GatewaySession> wanted, String type, Function<GatewaySession, ObjectNode> build) {
    int reached = 0;
    for (GatewaySession session : List.copyOf(sessions.values())) {
      if (session.isValid() && wanted.test(session)) {
        ObjectNode body = build.apply(session);
        if (body != null && session.dispatch(type, body)) {
          reached++;
        }
      }
    }
    return reached;
  }

  /**
   * Sends GUILD_CREATE for a guild the bot just joined to the sessions of its shard with the GUILDS
   * intent, each built for that session (its intents and {@code large_threshold} decide which
   * members are listed).
   *
   * @param guild the new guild
   */
  public void guildCreated(Guild guild) {
    dispatchToGuild(
        guild.id(), "GUILD_CREATE", session -> GuildCreateEvent.build(world, guild, session, live));
  }

  /**
   * Connects the world's events to these sessions.
   *
   * @return the sink to hand to {@link World#events(WorldEvents)}
   */
  public WorldEvents worldEvents() {
    return new WorldEvents() {
      @Override
      public void guildEvent(long guildId, String type, LongFunction<ObjectNode> body) {
        dispatchToGuild(guildId, type, session -> body.apply(session.intents()));
      }

      @Override
      public void userEvent(String type, ObjectNode body) {
        dispatchOutsideGuilds(type, false, session -> body.deepCopy());
      }
    };
  }

  /**
   * Sends MESSAGE_CREATE to every session that should see it, with the content hidden from sessions
   * without MESSAGE_CONTENT.
   *
   * @param message the new message
   */
  public void messageCreated(StoredMessage message) {
    Function<GatewaySession, ObjectNode> build =
        session -> MessageCreateEvent.build(world, message, session.intents());
    if (message.guildId() == 0) {
      dispatchOutsideGuilds("MESSAGE_CREATE", true, build);
    } else {
      dispatchToGuild(message.guildId(), "MESSAGE_CREATE", build);
    }
  }
}
