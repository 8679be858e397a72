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
import dev.gloam.testkit.internal.world.StoredMessage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One client's gateway connection, from the HTTP upgrade to the close frame. {@link #run()} is the
 * connection's own thread and reads; payloads go out through a {@link GatewayOutbox} with its own
 * writer thread. Other threads only queue events ({@link #deliverMessageCreate}) or start the
 * closing handshake ({@link #shutdown()}).
 */
public final class GatewayConnection implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

  /** Discord refuses client payloads larger than this with a decode error. */
  public static final int MAX_CLIENT_PAYLOAD_BYTES = 4096;

  private final Socket socket;
  private final int number;
  private final GatewayContext context;
  private volatile WebSocketConnection webSocket;
  private volatile GatewayOutbox outbox;
  private volatile boolean shuttingDown;
  private volatile GatewaySession session;
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
      apiVersion = ConnectionOptions.apiVersion(request);
      outbox =
          new GatewayOutbox(
              webSocket,
              ConnectionOptions.of(request).zlibStream() ? new ZlibStreamCompressor() : null,
              context.wireLog(),
              context.world(),
              "gloam-testkit-gateway-writer-" + number);
      outbox.start();
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
      closeSocket();
      GatewayOutbox current = outbox;
      if (current != null) {
        current.stop(context.settings().closeTimeout());
      }
      LOG.debug("gateway connection {} closed", number);
    }
  }

  /**
   * Queues MESSAGE_CREATE if this session should see the message.
   *
   * @param message the new message
   */
  public void deliverMessageCreate(StoredMessage message) {
    GatewaySession current = session;
    if (current == null
        || !current.shard().owns(message.guildId())
        || !MessageCreateEvent.isWanted(current.intents())) {
      return;
    }
    // A closing connection refuses the event, which is all that can be done about it.
    outbox.dispatch(
        "MESSAGE_CREATE", MessageCreateEvent.build(context.world(), message, current.intents()));
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
        outbox.send(GatewayPayloads.heartbeatAck());
        yield true;
      }
      case GatewayOpcodes.IDENTIFY -> identify(d);
      case GatewayOpcodes.RESUME -> {
        if (session != null) {
          yield closeWith(GatewayCloseCode.ALREADY_AUTHENTICATED);
        }
        // Sessions are not kept for resuming yet, so every resume is told to start afresh.
        outbox.send(GatewayPayloads.invalidSession(false));
        yield true;
      }
      case GatewayOpcodes.PRESENCE_UPDATE,
          GatewayOpcodes.VOICE_STATE_UPDATE,
          GatewayOpcodes.REQUEST_GUILD_MEMBERS,
          GatewayOpcodes.REQUEST_SOUNDBOARD_SOUNDS -> {
        if (session == null) {
          yield closeWith(GatewayCloseCode.NOT_AUTHENTICATED);
        }
        // Accepted; the testkit does not model presences, voice or member requests yet.
        yield true;
      }
      default -> closeWith(GatewayCloseCode.UNKNOWN_OPCODE);
    };
  }

  private boolean identify(JsonNode d) throws IOException {
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
    JsonNode shardNode = d.path("shard");
    boolean shardSent = !shardNode.isMissingNode() && !shardNode.isNull();
    ShardInfo shard = shardSent ? parseShard(shardNode) : ShardInfo.SINGLE;
    if (shard == null) {
      return closeWith(GatewayCloseCode.INVALID_SHARD);
    }
    context.sessionStartLimit().consume();
    GatewaySession started = new GatewaySession(newSessionId(), intentsNode.asLong(), shard);
    session = started;
    outbox.dispatch(
        "READY",
        ReadyEvent.build(
            context.world(),
            apiVersion,
            started.sessionId(),
            context.gatewayUrl().get(),
            shard,
            shardSent));
    if (Intents.contains(started.intents(), Intents.GUILDS)
        && shard.owns(context.world().guild().id())) {
      outbox.dispatch("GUILD_CREATE", GuildCreateEvent.build(context.world()));
    }
    // Other events reach the session only from here on, so READY and GUILD_CREATE come first.
    context.sessions().add(this);
    // Counted once written, and after the session was added, so that a test that waited for it
    // and then creates a message always has that message dispatched to this session.
    outbox.afterQueued(context.sessions()::readySent);
    return true;
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
