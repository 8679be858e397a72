package dev.gloam.testkit;

import dev.gloam.testkit.internal.gateway.GatewayCloseCode;
import dev.gloam.testkit.internal.gateway.GatewayConnection;
import dev.gloam.testkit.internal.gateway.SessionRegistry;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Faults to inject into the gateway connections of an {@link OfflineDiscord}, to test how a bot
 * survives what Discord does to connections. Get one from {@link OfflineDiscord#gatewayFaults()}.
 *
 * <p>Each method acts on every open connection whose session identified (or resumed) as the given
 * shard id, and returns how many connections it acted on, so a test can assert that it hit
 * something. A connection that has not identified yet is not affected.
 */
public final class GatewayFaults {

  private final SessionRegistry sessions;

  GatewayFaults(SessionRegistry sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /**
   * Cuts the TCP connection without a close frame, as a network failure would. The session stays
   * resumable.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int dropConnection(int shardId) {
    return each(shardId, GatewayConnection::drop);
  }

  /**
   * Stops acknowledging heartbeats, so the connection becomes a "zombie" the client should detect
   * and leave (Discord: "Sending Heartbeats"). Lasts until {@link #resumeHeartbeatAcks}.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int stopHeartbeatAcks(int shardId) {
    return each(shardId, connection -> connection.ackHeartbeats(false));
  }

  /**
   * Acknowledges heartbeats again after {@link #stopHeartbeatAcks}.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int resumeHeartbeatAcks(int shardId) {
    return each(shardId, connection -> connection.ackHeartbeats(true));
  }

  /**
   * Sends a heartbeat request (op 1), which the client must answer with a heartbeat at once.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int requestHeartbeat(int shardId) {
    return each(shardId, GatewayConnection::requestHeartbeat);
  }

  /**
   * Sends RECONNECT (op 7): the client should close and resume on a new connection.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int sendReconnect(int shardId) {
    return each(shardId, GatewayConnection::sendReconnect);
  }

  /**
   * Sends INVALID_SESSION (op 9). With {@code resumable} the session may be resumed on a new
   * connection; without it the session is gone and the client must identify again.
   *
   * @param shardId the shard
   * @param resumable the payload's {@code d}
   * @return the number of connections affected
   */
  public int sendInvalidSession(int shardId, boolean resumable) {
    return each(shardId, connection -> connection.invalidateSession(resumable));
  }

  /**
   * Closes with a gateway close code and Discord's reason for it. The code keeps Discord's meaning
   * ({@code topics/opcodes-and-status-codes.mdx}, "Gateway Close Event Codes"): after 4000-4003,
   * 4005 and 4008 the session may be resumed; after 4007 and 4009 the client must start a new
   * session; after 4004 and 4010-4014 it should not reconnect, and the session is gone.
   *
   * @param shardId the shard
   * @param closeCode a documented code from 4000 to 4014
   * @return the number of connections affected
   * @throws IllegalArgumentException if Discord documents no such code (4006, or outside the range)
   */
  public int close(int shardId, int closeCode) {
    GatewayCloseCode code = GatewayCloseCode.of(closeCode);
    return each(shardId, connection -> connection.closeFromTestkit(code));
  }

  /**
   * Sends a binary message that breaks the transport compression stream (on an uncompressed
   * connection, a binary message that is not JSON).
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int sendCorruptFrame(int shardId) {
    return each(shardId, GatewayConnection::sendCorruptFrame);
  }

  /**
   * Sends a payload that is not valid JSON, compressed like every other payload.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int sendMalformedJson(int shardId) {
    return each(shardId, GatewayConnection::sendMalformedJson);
  }

  /**
   * Sends a payload with an opcode Discord does not document (42), as a newer gateway might; a
   * forward-compatible client skips it and stays connected.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int sendUnknownOpcode(int shardId) {
    return each(shardId, GatewayConnection::sendUnknownOpcode);
  }

  /**
   * Dispatches an event type Discord does not document ({@code GLOAM_FUTURE_EVENT}) with the next
   * sequence number, as a newer gateway might; it is kept for RESUME like any other dispatch.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int dispatchUnknownEvent(int shardId) {
    return each(shardId, connection -> connection.dispatchUnknownEvent("GLOAM_FUTURE_EVENT"));
  }

  /**
   * Loses a dispatch for good: the session's next sequence number is used up without anything being
   * sent or kept for RESUME, so the client sees the sequence jump.
   *
   * @param shardId the shard
   * @return the number of connections affected
   */
  public int loseDispatch(int shardId) {
    return each(shardId, GatewayConnection::loseDispatch);
  }

  private int each(int shardId, Consumer<GatewayConnection> action) {
    if (shardId < 0) {
      throw new IllegalArgumentException("shard id must not be negative");
    }
    List<GatewayConnection> connections = sessions.connectionsOfShard(shardId);
    connections.forEach(action);
    return connections.size();
  }
}
