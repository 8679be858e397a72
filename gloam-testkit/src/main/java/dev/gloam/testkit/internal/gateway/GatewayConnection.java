package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.websocket.CloseCodes;
import dev.gloam.testkit.internal.websocket.Handshake;
import dev.gloam.testkit.internal.websocket.HandshakeException;
import dev.gloam.testkit.internal.websocket.HandshakeRequest;
import dev.gloam.testkit.internal.websocket.WebSocketConnection;
import dev.gloam.testkit.internal.websocket.WebSocketMessage;
import dev.gloam.testkit.internal.websocket.WebSocketProtocolException;
import dev.gloam.testkit.internal.world.Guild;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One client's gateway connection, from the HTTP upgrade to the close frame. {@link #run()} is the
 * connection's own thread and reads; payloads go out through a {@link GatewayOutbox} with its own
 * writer thread. Other threads queue events (through the {@link GatewaySession}), inject faults or
 * start the closing handshake ({@link #shutdown()}).
 */
public final class GatewayConnection implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

  /** Discord refuses client payloads larger than this with a decode error. */
  public static final int MAX_CLIENT_PAYLOAD_BYTES = 4096;

  private static final int MIN_LARGE_THRESHOLD = 50;
  private static final int MAX_LARGE_THRESHOLD = 250;

  private final Socket socket;
  private final int number;
  private final GatewayContext context;
  private final CommandRateLimit commandLimit;
  private volatile WebSocketConnection webSocket;
  private volatile GatewayOutbox outbox;
  private volatile TransportCompressor compressor;
  private volatile boolean shuttingDown;
  private volatile boolean ackingHeartbeats = true;
  private volatile GatewaySession session;
  // Set when the testkit itself closed with a gateway code, so the session's fate follows it.
  private volatile GatewayCloseCode closedWith;
  private volatile int apiVersion;

  /**
   * Creates the connection for an accepted socket.
   *
   * @param socket the accepted socket, not yet upgraded
   * @param number a number for names and logs, unique within the server
   * @param context what all connections share
   */
  public GatewayConnection(Socket socket, int number, GatewayContext context) {
    this.socket = Objects.requireNonNull(socket, "socket");
    this.number = number;
    this.context = Objects.requireNonNull(context, "context");
    this.commandLimit =
        new CommandRateLimit(context.settings().commandLimit(), context.settings().commandWindow());
  }

  @Override
  public void run() {
    try {
      socket.setSoTimeout((int) context.settings().handshakeTimeout().toMillis());
      InputStream in = new BufferedInputStream(socket.getInputStream());
      HandshakeRequest request = Handshake.accept(in, socket.getOutputStream());
      socket.setSoTimeout(0);
      webSocket =
          new WebSocketConnection(socket, in, MAX_CLIENT_PAYLOAD_BYTES, new FrameRecorder());
      LOG.debug("gateway connection {} opened with query {}", number, request.query());
      if (shuttingDown) {
        closeWith(CloseCodes.GOING_AWAY, "gloam-testkit is shutting down");
        return;
      }
      Optional<ConnectionOptions.Refusal> refusal = ConnectionOptions.check(request);
      if (refusal.isPresent()) {
        closeWith(refusal.get().code(), refusal.get().reason());
        return;
      }
      compressor = ConnectionOptions.of(request).newCompressor();
      apiVersion = ConnectionOptions.apiVersion(request);
      outbox =
          new GatewayOutbox(
              webSocket,
              compressor,
              context.wireLog(),
              context.world(),
              "gloam-testkit-gateway-writer-" + number);
      outbox.start();
      context.sessions().opened(this);
      outbox.send(GatewayPayloads.hello(context.settings().heartbeatInterval().toMillis()));
      readLoop();
    } catch (HandshakeException e) {
      LOG.debug("gateway connection {} refused: {}", number, e.getMessage());
    } catch (IOException e) {
      LOG.debug("gateway connection {} ended: {}", number, e.toString());
    } catch (RuntimeException e) {
      LOG.error("gateway connection {} failed", number, e);
      closeWith(GatewayCloseCode.UNKNOWN_ERROR);
    } finally {
      context.sessions().remove(this);
      endSession();
      closeSocket();
      GatewayOutbox current = outbox;
      if (current != null) {
        current.stop(context.settings().closeTimeout());
      }
      LOG.debug("gateway connection {} closed", number);
    }
  }

  /**
   * Returns the session this connection identified or resumed.
   *
   * @return the session, or null before IDENTIFY/RESUME or after INVALID_SESSION
   */
  public GatewaySession session() {
    return session;
  }

  /** The sending half; set before a session can be attached, so sessions always find it. */
  GatewayOutbox outbox() {
    return outbox;
  }

  /** Queues a payload numbered by the session; dropped if the connection is closing. */
  void queue(ObjectNode payload) {
    GatewayOutbox current = outbox;
    if (current != null) {
      current.send(payload);
    }
  }

  /**
   * Starts closing the connection with 1001 because the testkit is stopping. The reading thread
   * finishes the closing handshake.
   */
  public void shutdown() {
    shuttingDown = true;
    WebSocketConnection current = webSocket;
    if (current == null) {
      // Still in the HTTP handshake: there is no WebSocket to close politely.
      closeSocket();
    } else {
      current.sendClose(CloseCodes.GOING_AWAY, "gloam-testkit is shutting down");
    }
  }

  /** Cuts the TCP connection at once; used when a client does not finish closing in time. */
  public void closeSocket() {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing useful can be done if closing fails.
    }
  }

  // ---- Faults, called from test threads. ----

  /** Fault: cuts the TCP connection without a close frame; the session stays resumable. */
  public void drop() {
    record(Direction.FROM_DISCORD, "FAULT dropped the TCP connection", "");
    // A reset rather than a FIN: the client learns at once that the connection is gone, as when
    // a network path fails, and a plain close may wait for the reading thread.
    try {
      socket.setSoLinger(true, 0);
      socket.shutdownInput();
    } catch (IOException e) {
      // Already closed; closing below is all that is left.
    }
    closeSocket();
  }

  /**
   * Fault: stops (or starts again) answering heartbeats, so the connection looks like a zombie.
   *
   * @param acking whether heartbeats are acknowledged
   */
  public void ackHeartbeats(boolean acking) {
    ackingHeartbeats = acking;
  }

  /** Asks the client for a heartbeat at once (op 1 from the server). */
  public void requestHeartbeat() {
    queue(GatewayPayloads.heartbeatRequest());
  }

  /** Sends RECONNECT (op 7); the client should resume on a new connection. */
  public void sendReconnect() {
    queue(GatewayPayloads.reconnect());
  }

  /**
   * Sends INVALID_SESSION (op 9). The connection's session ends here: with {@code resumable} it may
   * be resumed on another connection, without it is gone for good.
   *
   * @param resumable the {@code d} of the payload
   */
  public void invalidateSession(boolean resumable) {
    GatewaySession current = session;
    session = null;
    if (current != null) {
      if (resumable) {
        current.detach(this);
      } else {
        context.sessions().invalidate(current);
      }
    }
    queue(GatewayPayloads.invalidSession(resumable));
  }

  /**
   * Closes with a gateway close code, with the meaning Discord gives it: after a code that does not
   * allow resuming, the session is gone.
   *
   * @param code the close code
   */
  public void closeFromTestkit(GatewayCloseCode code) {
    closedWith = code;
    GatewayOutbox current = outbox;
    if (current == null) {
      return;
    }
    current
        .close(code.code(), code.reason())
        .thenRun(
            () -> {
              // Bound the wait for the client's answer, then the read loop ends.
              try {
                socket.setSoTimeout((int) context.settings().closeTimeout().toMillis());
              } catch (SocketException e) {
                closeSocket();
              }
            });
  }

  /** Fault: sends a binary message that breaks the compressed stream (or, uncompressed, junk). */
  public void sendCorruptFrame() {
    GatewayOutbox current = outbox;
    TransportCompressor currentCompressor = compressor;
    if (current != null) {
      byte[] junk =
          currentCompressor != null
              ? currentCompressor.corruptFrame()
              : new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF};
      current.sendRawBinary(junk, "FAULT corrupt frame");
    }
  }

  /** Fault: sends a payload with an opcode Discord does not document. */
  public void sendUnknownOpcode() {
    queue(GatewayPayloads.unknownOpcode());
  }

  /**
   * Fault: dispatches an event type Discord does not document, numbered and kept for RESUME like
   * any other dispatch.
   *
   * @param type the event name
   */
  public void dispatchUnknownEvent(String type) {
    GatewaySession current = session;
    if (current != null) {
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.put("future", true);
      current.dispatch(type, data);
    }
  }

  /** Fault: loses the session's next sequence number for good (no dispatch, nothing to replay). */
  public void loseDispatch() {
    GatewaySession current = session;
    if (current != null) {
      current.loseDispatch();
    }
  }

  /** Fault: sends a payload that is not valid JSON, compressed like any other payload. */
  public void sendMalformedJson() {
    GatewayOutbox current = outbox;
    if (current != null) {
      current.sendRawText("{\"op\":0,\"d\":{\"id\":", "FAULT malformed JSON");
    }
  }

  // ---- Reading. ----

  private void readLoop() throws IOException {
    try {
      while (true) {
        WebSocketMessage message = webSocket.receive();
        if (message == null) {
          return;
        }
        if (webSocket.isCloseSent()) {
          // We are closing (for example the testkit is shutting down); wait for the client's close.
          webSocket.finishClosing(context.settings().closeTimeout());
          return;
        }
        if (!handle(message)) {
          return;
        }
      }
    } catch (WebSocketProtocolException e) {
      if (e.closeCode() == CloseCodes.MESSAGE_TOO_BIG) {
        // Discord answers oversized payloads with its own decode error.
        closeWith(GatewayCloseCode.DECODE_ERROR);
      } else {
        closeWith(e.closeCode(), e.getMessage());
      }
    }
  }

  /** Handles one client payload; returns false once the connection is being closed. */
  private boolean handle(WebSocketMessage message) throws IOException {
    if (!commandLimit.tryAcquire()) {
      record(Direction.TO_DISCORD, "payload over the send limit", "");
      return closeWith(GatewayCloseCode.RATE_LIMITED);
    }
    // JSON clients send text; a binary message is read as UTF-8 JSON too rather than refused.
    String text =
        message.text() ? message.decodeText() : new String(message.data(), StandardCharsets.UTF_8);
    Optional<JsonNode> parsed = Json.parse(text);
    if (parsed.isEmpty()
        || !parsed.get().isObject()
        || !parsed.get().path("op").isIntegralNumber()) {
      record(Direction.TO_DISCORD, "undecodable payload", safeUndecodable(text));
      return closeWith(GatewayCloseCode.DECODE_ERROR);
    }
    JsonNode payload = parsed.get();
    int op = payload.get("op").asInt();
    record(
        Direction.TO_DISCORD,
        GatewaySummaries.incoming(payload),
        GatewaySummaries.redactedBody(payload, text));
    JsonNode d = payload.path("d");
    return switch (op) {
      case GatewayOpcodes.HEARTBEAT -> {
        if (ackingHeartbeats) {
          outbox.send(GatewayPayloads.heartbeatAck());
        } else {
          // Recorded so that a test can tell the heartbeat was read while acks were off.
          record(Direction.FROM_DISCORD, "FAULT heartbeat left unacknowledged", "");
        }
        yield true;
      }
      case GatewayOpcodes.IDENTIFY -> identify(d);
      case GatewayOpcodes.RESUME -> resume(d);
      case GatewayOpcodes.PRESENCE_UPDATE,
          GatewayOpcodes.VOICE_STATE_UPDATE,
          GatewayOpcodes.REQUEST_GUILD_MEMBERS,
          GatewayOpcodes.REQUEST_SOUNDBOARD_SOUNDS -> {
        GatewaySession current = session;
        if (current == null) {
          yield closeWith(GatewayCloseCode.NOT_AUTHENTICATED);
        }
        yield command(op, d, current);
      }
      default -> closeWith(GatewayCloseCode.UNKNOWN_OPCODE);
    };
  }

  private boolean command(int op, JsonNode d, GatewaySession current) {
    CommandHandlers handlers = new CommandHandlers(context, current);
    boolean valid =
        switch (op) {
          case GatewayOpcodes.PRESENCE_UPDATE -> handlers.updatePresence(d);
          case GatewayOpcodes.VOICE_STATE_UPDATE -> handlers.updateVoiceState(d);
          case GatewayOpcodes.REQUEST_GUILD_MEMBERS -> handlers.requestGuildMembers(d);
          default -> handlers.requestSoundboardSounds(d);
        };
    return valid || closeWith(GatewayCloseCode.DECODE_ERROR);
  }

  private boolean identify(JsonNode d) {
    if (session != null) {
      return closeWith(GatewayCloseCode.ALREADY_AUTHENTICATED);
    }
    if (!d.isObject() || !d.path("token").isString() || !d.path("properties").isObject()) {
      return closeWith(GatewayCloseCode.DECODE_ERROR);
    }
    if (!tokenMatches(d.get("token").stringValue())) {
      return closeWith(GatewayCloseCode.AUTHENTICATION_FAILED);
    }
    JsonNode intentsNode = d.path("intents");
    if (!intentsNode.isIntegralNumber()
        || !intentsNode.canConvertToLong()
        || !Intents.areValid(intentsNode.asLong())) {
      return closeWith(GatewayCloseCode.INVALID_INTENTS);
    }
    long intents = intentsNode.asLong();
    long disallowed = intents & Intents.PRIVILEGED & ~context.settings().privilegedIntents();
    if (disallowed != 0) {
      return closeWith(GatewayCloseCode.DISALLOWED_INTENTS);
    }
    JsonNode shardNode = d.path("shard");
    boolean shardSent = !shardNode.isMissingNode() && !shardNode.isNull();
    ShardInfo shard = shardSent ? parseShard(shardNode) : ShardInfo.SINGLE;
    if (shard == null) {
      return closeWith(GatewayCloseCode.INVALID_SHARD);
    }
    JsonNode thresholdNode = d.path("large_threshold");
    int largeThreshold = MIN_LARGE_THRESHOLD;
    if (!thresholdNode.isMissingNode() && !thresholdNode.isNull()) {
      if (!thresholdNode.isIntegralNumber()
          || !thresholdNode.canConvertToInt()
          || thresholdNode.asInt() < MIN_LARGE_THRESHOLD
          || thresholdNode.asInt() > MAX_LARGE_THRESHOLD) {
        return closeWith(GatewayCloseCode.DECODE_ERROR);
      }
      largeThreshold = thresholdNode.asInt();
    }
    // Under the world's lock from the guild list to joining the sessions, so that no change made
    // in between (a new guild, a channel) is missing from both GUILD_CREATE and the events.
    ReentrantLock worldLock = context.world().lock();
    worldLock.lock();
    try {
      List<Guild> guilds =
          context.world().guilds().stream().filter(guild -> shard.owns(guild.id())).toList();
      if (guilds.size() > context.settings().maxGuildsPerShard()) {
        return closeWith(GatewayCloseCode.SHARDING_REQUIRED);
      }
      SessionStartLimit.Outcome outcome = context.sessionStartLimit().tryStart(shard.id());
      if (outcome != SessionStartLimit.Outcome.STARTED) {
        // Discord answers an IDENTIFY over max_concurrency with INVALID_SESSION; the client may
        // identify again on this connection after waiting.
        record(Direction.FROM_DISCORD, "IDENTIFY refused: " + outcome, "");
        outbox.send(GatewayPayloads.invalidSession(false));
        return true;
      }
      GatewaySession started =
          new GatewaySession(
              newSessionId(), intents, shard, largeThreshold, context.settings().replayLimit());
      started.attach(this);
      session = started;
      started.dispatch(
          "READY",
          ReadyEvent.build(
              context.world(),
              apiVersion,
              started.sessionId(),
              context.gatewayUrl().get(),
              shard,
              shardSent,
              context.settings().applicationFlags()));
      if (Intents.contains(intents, Intents.GUILDS)) {
        for (Guild guild : guilds) {
          started.dispatch(
              "GUILD_CREATE",
              GuildCreateEvent.build(context.world(), guild, started, context.sessions().live()));
        }
      }
      // Other events reach the session only from here on, so READY and GUILD_CREATE come first.
      context.sessions().add(started);
    } finally {
      worldLock.unlock();
    }
    // Counted once written, and after the session was added, so that a test that waited for it
    // and then creates a message always has that message dispatched to this session.
    outbox.afterQueued(context.sessions()::readySent);
    return true;
  }

  private boolean resume(JsonNode d) {
    if (session != null) {
      return closeWith(GatewayCloseCode.ALREADY_AUTHENTICATED);
    }
    JsonNode seqNode = d.path("seq");
    if (!d.isObject()
        || !d.path("token").isString()
        || !d.path("session_id").isString()
        || !(seqNode.isNull() || (seqNode.isIntegralNumber() && seqNode.canConvertToLong()))) {
      return closeWith(GatewayCloseCode.DECODE_ERROR);
    }
    if (!tokenMatches(d.get("token").stringValue())) {
      return closeWith(GatewayCloseCode.AUTHENTICATION_FAILED);
    }
    Optional<GatewaySession> found = context.sessions().find(d.get("session_id").stringValue());
    if (found.isEmpty()) {
      outbox.send(GatewayPayloads.invalidSession(false));
      return true;
    }
    GatewaySession resumed = found.get();
    long lastSeen = seqNode.isNull() ? 0 : seqNode.asLong();
    GatewayConnection[] previous = new GatewayConnection[1];
    session = resumed;
    GatewaySession.ResumeOutcome outcome = resumed.resume(this, lastSeen, previous);
    switch (outcome) {
      case RESUMED -> {
        if (previous[0] != null && previous[0] != this) {
          // A session has one connection; the one it leaves behind is cut.
          previous[0].session = null;
          previous[0].drop();
        }
        return true;
      }
      case INVALID -> {
        session = null;
        context.sessions().invalidate(resumed);
        outbox.send(GatewayPayloads.invalidSession(false));
        return true;
      }
      default -> {
        session = null;
        // 4007 asks for a new session, so this one cannot be resumed again.
        context.sessions().invalidate(resumed);
        return closeWith(GatewayCloseCode.INVALID_SEQ);
      }
    }
  }

  /** Decides what becomes of the session when the connection ends. */
  private void endSession() {
    GatewaySession current = session;
    session = null;
    if (current == null) {
      return;
    }
    GatewayCloseCode code = closedWith;
    WebSocketConnection ws = webSocket;
    int clientCode = ws == null ? -1 : ws.peerCloseCode();
    boolean clientEndedSession =
        code == null && (clientCode == CloseCodes.NORMAL || clientCode == CloseCodes.GOING_AWAY);
    // Discord invalidates a session whose client closed with 1000 or 1001, and after close codes
    // that ask for a new session; otherwise it waits for a RESUME.
    if (clientEndedSession || (code != null && !code.resumable())) {
      context.sessions().invalidate(current);
    } else {
      current.detach(this);
    }
  }

  private static ShardInfo parseShard(JsonNode node) {
    if (!node.isArray()
        || node.size() != 2
        || !node.get(0).canConvertToInt()
        || !node.get(1).canConvertToInt()
        || !node.get(0).isIntegralNumber()
        || !node.get(1).isIntegralNumber()) {
      return null;
    }
    int id = node.get(0).asInt();
    int count = node.get(1).asInt();
    if (count < 1 || id < 0 || id >= count) {
      return null;
    }
    return new ShardInfo(id, count);
  }

  private boolean tokenMatches(String presented) {
    // Constant time, so the comparison does not hint at how much of a guess was right.
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8),
        context.botToken().getBytes(StandardCharsets.UTF_8));
  }

  private static String newSessionId() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private boolean closeWith(GatewayCloseCode close) {
    closedWith = close;
    return closeWith(close.code(), close.reason());
  }

  /**
   * Sends a close frame after what is already queued and waits for the client's answer; always
   * returns false to end the read loop.
   */
  private boolean closeWith(int code, String reason) {
    WebSocketConnection current = webSocket;
    GatewayOutbox currentOutbox = outbox;
    if (currentOutbox != null) {
      awaitQuietly(currentOutbox.close(code, reason));
    } else if (current != null) {
      current.sendClose(code, reason);
    }
    if (current != null) {
      current.finishClosing(context.settings().closeTimeout());
    }
    return false;
  }

  private void awaitQuietly(CompletableFuture<Void> closeWritten) {
    // Reading on before our close frame is out could cut the socket under it; the wait is bounded
    // because a client that stopped reading may block the writer.
    try {
      closeWritten.get(context.settings().closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.debug("gateway connection {}: close frame not written in time", number);
    }
  }

  private String safeUndecodable(String text) {
    // A payload we cannot parse may still hold a token we cannot find to redact; never log it
    // whole.
    return text.contains("token") ? "<undecodable payload with a token field, not recorded>" : text;
  }

  private void record(Direction direction, String summary, String body) {
    context.wireLog().record(Transport.GATEWAY, direction, summary, body);
  }

  /** Puts control frames into the wire log. */
  private final class FrameRecorder implements WebSocketConnection.ControlFrameObserver {

    @Override
    public void received(String summary) {
      record(Direction.TO_DISCORD, summary, "");
    }

    @Override
    public void sent(String summary) {
      record(Direction.FROM_DISCORD, summary, "");
    }
  }
}
