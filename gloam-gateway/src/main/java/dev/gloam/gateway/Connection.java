package dev.gloam.gateway;

import dev.gloam.gateway.compression.CompressionException;
import dev.gloam.gateway.compression.Decompressor;
import dev.gloam.model.gateway.CloseCode;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.command.Heartbeat;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.InvalidSession;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.PayloadHeader;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of a shard, from HELLO to its end. It reads on the WebSocket's own
 * thread and heartbeats on a thread of its own, so the protocol never waits for the program to pull
 * events; every payload goes to the shard's queue. The shard's supervisor decides what follows the
 * connection's end ({@link Ending}).
 */
final class Connection implements WebSocket.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

  /** What the shard does after a connection ends. */
  enum Action {
    /** Open a new connection and resume the session, if there is one. */
    RESUME,
    /** Open a new connection and start a new session. */
    IDENTIFY,
    /** Stop for good: Discord forbids reconnecting. */
    FATAL,
    /** Stop: the program closed the shard. */
    STOP
  }

  /**
   * How a connection ended.
   *
   * @param action what the shard does next
   * @param notice the error to deliver to the program, or null for a routine end (RECONNECT, a
   *     resumable INVALID_SESSION)
   */
  record Ending(Action action, GatewayException notice) {}

  private final Shard shard;
  private final Decompressor decompressor;
  private final CompletableFuture<Hello> hello = new CompletableFuture<>();
  private final CompletableFuture<Ending> ended = new CompletableFuture<>();
  private final Object sendLock = new Object();
  private StringBuilder textParts;
  private ByteArrayOutputStream binaryParts;
  private volatile WebSocket socket;
  private volatile CommandRateLimiter limiter;
  private volatile Thread heartbeater;
  private volatile boolean acknowledged = true;
  private volatile long beatSentAt;
  // Set by the shard under its lock when the connection ends; no payload is delivered after.
  volatile boolean over;

  Connection(Shard shard, Decompressor decompressor) {
    this.shard = shard;
    this.decompressor = decompressor;
  }

  CompletableFuture<Hello> hello() {
    return hello;
  }

  CompletableFuture<Ending> ended() {
    return ended;
  }

  CommandRateLimiter limiter() {
    return limiter;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    socket = webSocket;
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    if (textParts == null && last) {
      byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
      shard.counters().received(bytes.length, bytes.length);
      receive(bytes);
    } else {
      if (textParts == null) {
        textParts = new StringBuilder();
      }
      textParts.append(data);
      if (last) {
        byte[] bytes = textParts.toString().getBytes(StandardCharsets.UTF_8);
        textParts = null;
        shard.counters().received(bytes.length, bytes.length);
        receive(bytes);
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    int size = data.remaining();
    if (decompressor == null) {
      // Without compression Discord sends text; a binary message is read as UTF-8 JSON anyway.
      if (binaryParts == null) {
        binaryParts = new ByteArrayOutputStream(size);
      }
      byte[] part = new byte[size];
      data.get(part);
      binaryParts.writeBytes(part);
      if (last) {
        byte[] bytes = binaryParts.toByteArray();
        binaryParts = null;
        shard.counters().received(size, bytes.length);
        receive(bytes);
      } else {
        shard.counters().received(size, 0);
      }
      webSocket.request(1);
      return null;
    }
    byte[] payload;
    try {
      synchronized (decompressor) {
        if (over) {
          return null;
        }
        payload = decompressor.push(data, last);
      }
    } catch (CompressionException e) {
      shard.counters().received(size, 0);
      end(
          new Ending(
              Action.RESUME,
              shard.error(
                  GatewayException.Kind.DECODE,
                  null,
                  "the compressed stream is corrupt (" + e.getMessage() + "); resuming",
                  e)),
          4000);
      return null;
    }
    shard.counters().received(size, payload == null ? 0 : payload.length);
    if (payload != null) {
      receive(payload);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    end(closedBy(statusCode, reason), -1);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    end(
        new Ending(
            Action.RESUME,
            shard.error(
                GatewayException.Kind.CLOSED, null, "the connection failed: " + error, error)),
        -1);
  }

  private Ending closedBy(int statusCode, String reason) {
    String why = reason == null || reason.isEmpty() ? "" : " (" + reason + ")";
    if (statusCode < 4000) {
      return new Ending(
          Action.RESUME,
          shard.error(
              GatewayException.Kind.CLOSED,
              null,
              "the connection was closed with " + statusCode + why + "; resuming",
              null));
    }
    CloseCode code = CloseCode.of(statusCode);
    String name = code.name() == null ? "" : " " + code.name();
    if (!code.canReconnect()) {
      return new Ending(
          Action.FATAL,
          new GatewayException(
              GatewayException.Kind.CLOSED,
              true,
              code,
              "shard "
                  + shard.id()
                  + " was closed by Discord with "
                  + statusCode
                  + name
                  + why
                  + "; Discord forbids reconnecting, so the shard stops",
              null));
    }
    boolean newSession =
        code.equals(CloseCode.INVALID_SEQ) || code.equals(CloseCode.SESSION_TIMED_OUT);
    return new Ending(
        newSession ? Action.IDENTIFY : Action.RESUME,
        shard.error(
            GatewayException.Kind.CLOSED,
            code,
            "closed by Discord with "
                + statusCode
                + name
                + why
                + (newSession ? "; starting a new session" : "; resuming"),
            null));
  }

  private void receive(byte[] bytes) {
    PayloadHeader header;
    try {
      header = GatewayEventParser.header(bytes);
    } catch (RuntimeException e) {
      shard.notice(
          this,
          shard.error(
              GatewayException.Kind.DECODE,
              null,
              "skipped a payload that is not valid JSON: " + e.getMessage(),
              e));
      return;
    }
    OpCode op = header.opcode();
    Event parsed = null;
    try {
      if (op.equals(OpCode.DISPATCH)) {
        EventType type = header.eventType().orElse(null);
        if (EventType.READY.equals(type)) {
          shard.ready(this, ReadyScan.of(bytes, header));
        } else if (EventType.RESUMED.equals(type)) {
          shard.resumed(this);
        }
      } else if (op.equals(OpCode.HEARTBEAT_ACK)) {
        if (!acknowledged) {
          shard.latency().record(System.nanoTime() - beatSentAt);
        }
        acknowledged = true;
      } else if (op.equals(OpCode.HEARTBEAT)) {
        heartbeat();
      } else if (op.equals(OpCode.HELLO)) {
        Hello h = (Hello) GatewayEventParser.event(bytes, header).orElseThrow();
        parsed = h;
        Duration interval = Duration.ofMillis(h.heartbeatInterval());
        limiter =
            new CommandRateLimiter(
                shard.config().commandLimit(),
                shard.config().commandWindow(),
                interval,
                System::nanoTime);
        startHeartbeating(interval);
      }
    } catch (RuntimeException e) {
      // HELLO and READY are needed to go on; without them the connection is of no use.
      end(
          new Ending(
              Action.RESUME,
              shard.error(
                  GatewayException.Kind.DECODE,
                  null,
                  "cannot read " + header.eventType().map(Object::toString).orElse("payload"),
                  e)),
          4000);
      return;
    }
    Incoming.Payload queued = shard.deliver(this, bytes, header, parsed);
    if (op.equals(OpCode.DISPATCH)) {
      shard.parseAhead(queued);
    } else if (parsed instanceof Hello h) {
      hello.complete(h);
    } else if (op.equals(OpCode.RECONNECT)) {
      end(new Ending(Action.RESUME, null), 4000);
    } else if (op.equals(OpCode.INVALID_SESSION)) {
      boolean resumable;
      try {
        resumable =
            GatewayEventParser.event(bytes, header)
                .map(e -> ((InvalidSession) e).resumable())
                .orElse(false);
      } catch (RuntimeException e) {
        resumable = false;
      }
      end(new Ending(resumable ? Action.RESUME : Action.IDENTIFY, null), resumable ? 4000 : 1000);
    }
  }

  private void startHeartbeating(Duration interval) {
    Thread previous = heartbeater;
    if (previous != null) {
      previous.interrupt();
    }
    heartbeater =
        Thread.ofVirtual()
            .name("gloam-shard-" + shard.id().number() + "-heartbeat")
            .start(() -> heartbeatLoop(interval));
  }

  private void heartbeatLoop(Duration interval) {
    try {
      // Discord asks for a random first delay so that shards that reconnect together spread out.
      Thread.sleep((long) (interval.toMillis() * ThreadLocalRandom.current().nextDouble()));
      while (!over) {
        if (!acknowledged) {
          end(
              new Ending(
                  Action.RESUME,
                  shard.error(
                      GatewayException.Kind.CLOSED,
                      null,
                      "no heartbeat ACK within an interval (a zombie connection); resuming",
                      null)),
              4000);
          return;
        }
        heartbeat();
        Thread.sleep(interval.toMillis());
      }
    } catch (InterruptedException e) {
      // The connection ended; the thread's job is over.
      Thread.currentThread().interrupt();
    }
  }

  private void heartbeat() {
    long sequence = shard.lastSequence();
    acknowledged = false;
    beatSentAt = System.nanoTime();
    CommandRateLimiter current = limiter;
    if (current != null) {
      current.recordPriority();
    }
    sendText(
        ModelJson.writeCommand(new Heartbeat(sequence > 0 ? sequence : null)), OpCode.HEARTBEAT);
  }

  /** Sends IDENTIFY or RESUME, which go first whatever the count. */
  void sendPriority(String json, OpCode op) {
    CommandRateLimiter current = limiter;
    if (current != null) {
      current.recordPriority();
    }
    sendText(json, op);
  }

  /**
   * Sends a program command once the send limit allows.
   *
   * @return true if it was handed to the socket, false if the connection ended first
   */
  boolean sendCommand(String json, OpCode op) throws InterruptedException {
    CommandRateLimiter current = limiter;
    if (current == null || over) {
      return false;
    }
    current.acquire();
    return sendText(json, op);
  }

  private boolean sendText(String json, OpCode op) {
    WebSocket ws = socket;
    if (ws == null || over) {
      return false;
    }
    // The JDK's WebSocket allows one outstanding send at a time.
    synchronized (sendLock) {
      try {
        ws.sendText(json, true).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (ExecutionException | TimeoutException | IllegalStateException e) {
        // The payload may hold the token: describe the failure by opcode only.
        end(
            new Ending(
                Action.RESUME,
                shard.error(
                    GatewayException.Kind.SEND,
                    null,
                    "could not send " + (op == null ? "a raw payload" : op) + "; resuming",
                    e)),
            -1);
        return false;
      }
    }
  }

  /**
   * Ends the connection from this side or after the peer's close, once.
   *
   * @param ending what follows
   * @param closeCode the close code to send, or -1 to drop the TCP connection without one (which
   *     keeps the session resumable just as a code other than 1000 and 1001 does)
   */
  void end(Ending ending, int closeCode) {
    if (!shard.endConnection(this, ending)) {
      return;
    }
    Thread beat = heartbeater;
    if (beat != null && beat != Thread.currentThread()) {
      beat.interrupt();
    }
    WebSocket ws = socket;
    if (ws != null) {
      if (closeCode > 0 && !ws.isOutputClosed()) {
        try {
          synchronized (sendLock) {
            ws.sendClose(closeCode, "").get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
          LOG.debug("shard {}: close frame not sent: {}", shard.id(), e.toString());
        }
      }
      ws.abort();
    }
    if (decompressor != null) {
      synchronized (decompressor) {
        decompressor.close();
      }
    }
    ended.complete(ending);
    hello.completeExceptionally(new IllegalStateException("the connection ended"));
  }
}
