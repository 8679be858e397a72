package dev.gloam.gateway;

import dev.gloam.gateway.compression.ZlibStreamInflater;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.command.GatewayCommand;
import dev.gloam.model.gateway.command.Heartbeat;
import dev.gloam.model.gateway.command.Identify;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.PayloadHeader;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection of a shard, from HELLO to close. It answers the gateway protocol on the
 * WebSocket's own thread, so heartbeats and identify never wait for the program to pull events;
 * everything it receives is queued for the shard's puller.
 */
final class Connection implements WebSocket.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

  private final Config config;
  private final ShardId shardId;
  private final AtomicLong lastSequence;
  private final Consumer<Ready> onReady;
  private final BlockingQueue<Incoming> queue = new LinkedBlockingQueue<>();
  private final ZlibStreamInflater inflater;
  private final StringBuilder textFragments = new StringBuilder();
  private final Object sendLock = new Object();
  private final AtomicBoolean terminated = new AtomicBoolean();
  private volatile boolean acknowledged = true;
  private volatile WebSocket socket;
  private volatile Thread heartbeater;

  Connection(Config config, ShardId shardId, AtomicLong lastSequence, Consumer<Ready> onReady) {
    this.config = config;
    this.shardId = shardId;
    this.lastSequence = lastSequence;
    this.onReady = onReady;
    this.inflater = config.compression() ? new ZlibStreamInflater() : null;
  }

  /** Blocks until the next payload or the end of the connection. */
  Incoming take() throws InterruptedException {
    return queue.take();
  }

  /** Ends the connection from this side and queues {@code reason} as its end. */
  void terminate(Incoming.Closed reason) {
    if (!terminated.compareAndSet(false, true)) {
      return;
    }
    Thread beat = heartbeater;
    if (beat != null) {
      beat.interrupt();
    }
    WebSocket ws = socket;
    if (ws != null) {
      // Dropping the TCP connection, rather than a 1000 close, keeps the session resumable.
      ws.abort();
    }
    if (inflater != null) {
      synchronized (inflater) {
        inflater.close();
      }
    }
    queue.add(reason);
  }

  /**
   * Ends the connection with a close frame, as a program shutting down should: Discord then ends
   * the session instead of keeping it for a resume.
   */
  void close(int code, String reason) {
    WebSocket ws = socket;
    if (ws != null && !terminated.get()) {
      synchronized (sendLock) {
        try {
          ws.sendClose(code, reason).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
          LOG.debug("shard {}: close frame not sent ({}); dropping the connection", shardId, e);
        }
      }
    }
    terminate(new Incoming.Closed(code, reason, null));
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    socket = webSocket;
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    textFragments.append(data);
    if (last) {
      String text = textFragments.toString();
      textFragments.setLength(0);
      receive(text);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    if (inflater == null) {
      terminate(new Incoming.Closed(-1, "binary frame without compression", null));
      return null;
    }
    Optional<String> text;
    try {
      synchronized (inflater) {
        text = terminated.get() ? Optional.empty() : inflater.push(data);
      }
    } catch (RuntimeException e) {
      terminate(new Incoming.Closed(-1, "undecodable compressed stream", e));
      return null;
    }
    text.ifPresent(this::receive);
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    terminate(new Incoming.Closed(statusCode, reason, null));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    terminate(new Incoming.Closed(-1, "connection failed: " + error, error));
  }

  private void receive(String text) {
    PayloadHeader header;
    try {
      header = GatewayEventParser.header(text);
    } catch (RuntimeException e) {
      queue.add(new Incoming.Malformed(e));
      return;
    }
    header.sequence().ifPresent(lastSequence::set);
    Event parsed = null;
    try {
      OpCode op = header.opcode();
      if (op.equals(OpCode.HELLO)) {
        Hello hello = (Hello) GatewayEventParser.event(text, header).orElseThrow();
        parsed = hello;
        startHeartbeating(Duration.ofMillis(hello.heartbeatInterval()));
        identify();
      } else if (op.equals(OpCode.HEARTBEAT_ACK)) {
        acknowledged = true;
      } else if (op.equals(OpCode.HEARTBEAT)) {
        send(new Heartbeat(currentSequence()));
      } else if (header.eventType().filter(EventType.READY::equals).isPresent()) {
        Ready ready = (Ready) GatewayEventParser.event(text, header).orElseThrow();
        parsed = ready;
        onReady.accept(ready);
      }
    } catch (RuntimeException e) {
      queue.add(new Incoming.Malformed(e));
      return;
    }
    queue.add(new Incoming.Payload(text, header, parsed));
    if (header.opcode().equals(OpCode.RECONNECT)) {
      terminate(new Incoming.Closed(-1, "Discord asked for a reconnect", null));
    } else if (header.opcode().equals(OpCode.INVALID_SESSION)) {
      terminate(new Incoming.Closed(-1, "Discord invalidated the session", null));
    }
  }

  private void identify() {
    Identify identify =
        new Identify(
            config.token(),
            config.identifyProperties(),
            Optional.empty(),
            Optional.of(config.largeThreshold()),
            Optional.of(shardId),
            Optional.empty(),
            config.intents());
    send(identify);
    LOG.debug("shard {} identified with {}", shardId, config.intents());
  }

  private void startHeartbeating(Duration interval) {
    Thread previous = heartbeater;
    if (previous != null) {
      previous.interrupt();
    }
    heartbeater =
        Thread.ofVirtual()
            .name("gloam-shard-" + shardId.number() + "-heartbeat")
            .start(() -> heartbeat(interval));
  }

  private void heartbeat(Duration interval) {
    try {
      // Discord asks for a random first delay so that reconnecting shards do not beat in step.
      Thread.sleep((long) (interval.toMillis() * ThreadLocalRandom.current().nextDouble()));
      while (!terminated.get()) {
        if (!acknowledged) {
          LOG.warn("shard {}: no heartbeat ACK since the last beat; reconnecting", shardId);
          terminate(new Incoming.Closed(-1, "zombie connection: heartbeat not acknowledged", null));
          return;
        }
        acknowledged = false;
        send(new Heartbeat(currentSequence()));
        Thread.sleep(interval.toMillis());
      }
    } catch (InterruptedException e) {
      // The connection ended; the thread's job is over.
      Thread.currentThread().interrupt();
    }
  }

  private Long currentSequence() {
    long sequence = lastSequence.get();
    return sequence < 0 ? null : sequence;
  }

  /** Sends a command; a failure ends the connection, as the session cannot go on without it. */
  void send(GatewayCommand command) {
    sendText(ModelJson.writeCommand(command), command.opcode());
  }

  private void sendText(String json, OpCode op) {
    WebSocket ws = socket;
    if (ws == null || terminated.get()) {
      return;
    }
    // The JDK's WebSocket allows one outstanding send at a time.
    synchronized (sendLock) {
      try {
        ws.sendText(json, true).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // The payload may hold the token: describe the failure by opcode only.
        terminate(new Incoming.Closed(-1, "could not send " + op, e));
      }
    }
  }
}
