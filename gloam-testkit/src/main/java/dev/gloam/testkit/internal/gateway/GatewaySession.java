package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.node.ObjectNode;

/**
 * A session started by a successful IDENTIFY. It outlives its connection: dispatches are numbered
 * from 1 and kept in a bounded replay buffer, so that a client that lost its connection can RESUME
 * on another one and receive everything it missed ({@code events/gateway.mdx}, "Resuming").
 */
public final class GatewaySession {

  /**
   * A dispatch kept for RESUME: a tree for ordinary events, or the finished bytes for load events
   * (which never exist as a tree), so that both are replayed exactly as first sent.
   */
  private record Kept(long sequence, ObjectNode payload, byte[] bytes) {}

  /** What became of a RESUME. */
  public enum ResumeOutcome {
    /** The missed dispatches and RESUMED were queued on the new connection. */
    RESUMED,
    /** The session can no longer be resumed; the client must identify again. */
    INVALID,
    /** The client claims to have seen dispatches that were never sent. */
    SEQUENCE_AHEAD
  }

  private final String sessionId;
  private final long intents;
  private final ShardInfo shard;
  private final int largeThreshold;
  private final int replayLimit;
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<Kept> replay = new ArrayDeque<>();
  private long sequence;
  private GatewayConnection connection;
  private boolean valid = true;

  /**
   * Creates a session, not yet attached to a connection.
   *
   * @param sessionId the id sent in READY
   * @param intents the intents the client asked for
   * @param shard the shard the client identified as
   * @param largeThreshold the member count above which a guild is large for this session
   * @param replayLimit how many dispatches to keep for resuming
   */
  public GatewaySession(
      String sessionId, long intents, ShardInfo shard, int largeThreshold, int replayLimit) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.intents = intents;
    this.shard = Objects.requireNonNull(shard, "shard");
    this.largeThreshold = largeThreshold;
    this.replayLimit = replayLimit;
  }

  /**
   * Returns the id sent in READY.
   *
   * @return the session id
   */
  public String sessionId() {
    return sessionId;
  }

  /**
   * Returns the intents of IDENTIFY.
   *
   * @return the intents
   */
  public long intents() {
    return intents;
  }

  /**
   * Returns the shard of IDENTIFY.
   *
   * @return the shard
   */
  public ShardInfo shard() {
    return shard;
  }

  /**
   * Returns IDENTIFY's {@code large_threshold}.
   *
   * @return 50 to 250
   */
  public int largeThreshold() {
    return largeThreshold;
  }

  /**
   * Tells whether the session may still be resumed or receive events.
   *
   * @return false once invalidated
   */
  public boolean isValid() {
    lock.lock();
    try {
      return valid;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the last sequence number used.
   *
   * @return 0 before the first dispatch
   */
  public long sequence() {
    lock.lock();
    try {
      return sequence;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Numbers a dispatch, keeps it for resuming and queues it on the connection, if there is one.
   * While no connection is attached the event is only kept, so a RESUME replays it.
   *
   * @param type the event name
   * @param data the event's body; not changed afterwards
   * @return true if it was numbered and kept, false if the session is no longer valid
   */
  public boolean dispatch(String type, ObjectNode data) {
    lock.lock();
    try {
      if (!valid) {
        return false;
      }
      ObjectNode payload = GatewayPayloads.dispatch(++sequence, type, data);
      keep(new Kept(sequence, payload, null));
      if (connection != null) {
        connection.queue(payload);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Uses up a sequence number without sending or keeping a dispatch, as if one were lost for good:
   * a fault for clients that check sequence continuity.
   */
  public void loseDispatch() {
    lock.lock();
    try {
      if (valid) {
        ++sequence;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Numbers dispatches that were serialized in advance (the load mode), keeps them for resuming
   * like any other dispatch and queues them on the connection in one batch. Only the sequence
   * number is written here, so the lock is held for a copy per event, not a serialization.
   *
   * @param events the events, in the order they happen
   * @return how many were dispatched: all of them, or none once the session is invalid
   */
  public int dispatchPrepared(List<PreparedDispatch> events) {
    lock.lock();
    try {
      if (!valid || events.isEmpty()) {
        return 0;
      }
      byte[][] payloads = new byte[events.size()][];
      for (int i = 0; i < payloads.length; i++) {
        payloads[i] = events.get(i).withSequence(++sequence);
        keep(new Kept(sequence, null, payloads[i]));
      }
      GatewayConnection current = connection;
      if (current != null) {
        current.outbox().sendPrepared(payloads);
      }
      return payloads.length;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Holds the output of the session's current connection: what is queued on it from now on is
   * compressed but not written until the hold is released (a prepared load run).
   *
   * @return the hold; a hold on nothing if the session has no open connection
   */
  public OutboxHold holdOutput() {
    lock.lock();
    try {
      GatewayConnection current = connection;
      if (current == null || !valid) {
        return OutboxHold.none();
      }
      GatewayOutbox outbox = current.outbox();
      return outbox != null && outbox.hold() ? new OutboxHold(outbox) : OutboxHold.none();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until the connection has room for more prepared dispatches, so that a load run at full
   * speed does not queue without bound in front of a slower client. Called without the session's
   * lock, so ordinary events keep flowing while a load run waits.
   *
   * @param maxPending how many prepared dispatches may wait to be written
   * @param timeout how long to wait at most
   * @return true if there is room, or no connection to wait for; false if the timeout passed
   */
  public boolean awaitRoom(int maxPending, Duration timeout) {
    GatewayConnection current;
    lock.lock();
    try {
      current = connection;
    } finally {
      lock.unlock();
    }
    return current == null || current.outbox().awaitRoom(maxPending, timeout);
  }

  private void keep(Kept kept) {
    replay.addLast(kept);
    if (replay.size() > replayLimit) {
      replay.removeFirst();
    }
  }

  /**
   * Attaches the connection that identified, before READY is dispatched.
   *
   * @param identified the connection
   */
  void attach(GatewayConnection identified) {
    lock.lock();
    try {
      connection = identified;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Moves the session to a new connection and replays every dispatch after {@code lastSeen}, then
   * RESUMED.
   *
   * @param resuming the connection that sent RESUME
   * @param lastSeen the {@code seq} of RESUME
   * @param previous receives the connection the session was attached to, if any
   * @return what became of the resume
   */
  ResumeOutcome resume(GatewayConnection resuming, long lastSeen, GatewayConnection[] previous) {
    lock.lock();
    try {
      if (!valid) {
        return ResumeOutcome.INVALID;
      }
      if (lastSeen > sequence || lastSeen < 0) {
        return ResumeOutcome.SEQUENCE_AHEAD;
      }
      long oldestKept = replay.isEmpty() ? sequence + 1 : replay.peekFirst().sequence();
      if (lastSeen + 1 < oldestKept) {
        // The events after lastSeen fell out of the buffer: they cannot all be replayed.
        valid = false;
        connection = null;
        return ResumeOutcome.INVALID;
      }
      previous[0] = connection;
      connection = resuming;
      replayAfter(lastSeen, resuming);
      ObjectNode resumed = GatewayPayloads.dispatch(++sequence, "RESUMED", Json.object());
      keep(new Kept(sequence, resumed, null));
      resuming.queue(resumed);
      return ResumeOutcome.RESUMED;
    } finally {
      lock.unlock();
    }
  }

  private void replayAfter(long lastSeen, GatewayConnection resuming) {
    // Runs of load events go out in batches, like when they were first sent.
    List<byte[]> prepared = new ArrayList<>();
    for (Kept kept : replay) {
      if (kept.sequence() <= lastSeen) {
        continue;
      }
      if (kept.bytes() != null) {
        prepared.add(kept.bytes());
        continue;
      }
      if (!prepared.isEmpty()) {
        resuming.outbox().sendPrepared(prepared.toArray(byte[][]::new));
        prepared.clear();
      }
      resuming.queue(kept.payload());
    }
    if (!prepared.isEmpty()) {
      resuming.outbox().sendPrepared(prepared.toArray(byte[][]::new));
    }
  }

  /**
   * Detaches a connection that ended; the session waits for a RESUME.
   *
   * @param ended the connection
   */
  void detach(GatewayConnection ended) {
    lock.lock();
    try {
      if (connection == ended) {
        connection = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Ends the session for good: it is neither resumable nor sent events any more. */
  void invalidate() {
    lock.lock();
    try {
      valid = false;
      connection = null;
      replay.clear();
    } finally {
      lock.unlock();
    }
  }
}
