package dev.gloam.gateway;

import dev.gloam.model.gateway.CloseCode;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJsonException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to Discord's gateway, pulled for events. Maps Discord's events/gateway section:
 * the shard connects, identifies, heartbeats, and reconnects after a non-fatal close; the program
 * pulls events with {@link #nextEvent} or iterates {@link #events}.
 *
 * <p>Only the event types the program asks for are deserialized; the rest are skipped after reading
 * their opcode, sequence and name. The protocol runs on the connection's own threads, so heartbeats
 * continue while the program is busy. A shard starts named virtual threads ({@code
 * gloam-shard-N-io-M} for the WebSocket, {@code gloam-shard-N-heartbeat}); {@link #close()} stops
 * them.
 *
 * <pre>{@code
 * try (Shard shard = Shard.create(ShardId.ONE, token, Intents.GUILD_MESSAGES)) {
 *   for (Event event : shard.events(EventTypeFlags.all())) {  // ends when the shard closes fatally
 *     if (event instanceof MessageCreate m) { ... }
 *   }
 * }
 * }</pre>
 */
public final class Shard implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Shard.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  private final ShardId id;
  private final Config config;
  private final ExecutorService executor;
  private final HttpClient http;
  private final AtomicLong lastSequence = new AtomicLong(-1);
  private final ReentrantLock pullLock = new ReentrantLock();
  private volatile Connection connection;
  private volatile String sessionId;
  private volatile ShardState state = ShardState.DISCONNECTED;
  private volatile boolean closed;
  private final CountDownLatch closeSignal = new CountDownLatch(1);
  private volatile GatewayException fatalError;
  private int failedConnects;

  private Shard(ShardId id, Config config) {
    this.id = id;
    this.config = config;
    this.executor =
        Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("gloam-shard-" + id.number() + "-io-", 0).factory());
    this.http = HttpClient.newBuilder().executor(executor).connectTimeout(CONNECT_TIMEOUT).build();
  }

  /**
   * Creates a shard that connects to Discord's gateway. It connects on the first pull.
   *
   * @param id which shard this is
   * @param token the bot token
   * @param intents the events to receive
   * @return the shard
   */
  public static Shard create(ShardId id, String token, Intents intents) {
    return create(id, Config.builder(token, intents).build());
  }

  /**
   * Creates a shard with a full configuration. It connects on the first pull.
   *
   * @param id which shard this is
   * @param config how to connect and identify
   * @return the shard
   */
  public static Shard create(ShardId id, Config config) {
    return new Shard(id, config);
  }

  /**
   * Returns which shard this is.
   *
   * @return the shard id
   */
  public ShardId id() {
    return id;
  }

  /**
   * Returns the shard's configuration.
   *
   * @return the configuration
   */
  public Config config() {
    return config;
  }

  /**
   * Returns where the shard is in its connection's life.
   *
   * @return the state
   */
  public ShardState state() {
    return state;
  }

  /**
   * Returns the current session, once {@code READY} has arrived.
   *
   * @return the session id and last sequence, or empty before {@code READY}
   */
  public Optional<Session> session() {
    String current = sessionId;
    return current == null
        ? Optional.empty()
        : Optional.of(new Session(current, lastSequence.get()));
  }

  /**
   * Returns the error that closed the shard for good, such as a wrong token (close code 4004).
   *
   * @return the fatal error, or empty while the shard can go on or after a plain {@link #close()}
   */
  public Optional<GatewayException> fatalError() {
    return Optional.ofNullable(fatalError);
  }

  /**
   * Waits for the next event whose type is in {@code wanted}, connecting or reconnecting as needed.
   * Only one thread should pull at a time; others wait.
   *
   * @param wanted the event types to deserialize and return; others are skipped unparsed
   * @return the next wanted event
   * @throws GatewayException if the connection closed or a payload could not be read; when {@link
   *     GatewayException#isFatal()} is false, the next call reconnects
   */
  public Event nextEvent(EventTypeFlags wanted) {
    while (true) {
      Incoming.Payload payload = nextPayload();
      if (!payload.header().isWanted(wanted)) {
        continue;
      }
      if (payload.parsed() != null) {
        return payload.parsed();
      }
      try {
        Optional<Event> event = GatewayEventParser.event(payload.text(), payload.header());
        if (event.isPresent()) {
          return event.get();
        }
      } catch (ModelJsonException e) {
        throw new GatewayException(
            GatewayException.Kind.DECODE,
            false,
            null,
            "shard "
                + id
                + ": cannot read "
                + payload.header().eventType().orElseThrow()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  /**
   * Waits for the next payload of any kind, as raw JSON: dispatches gloam has no model for yet, and
   * control payloads. The shard still handles the protocol itself.
   *
   * @return the payload's JSON text
   * @throws GatewayException as {@link #nextEvent} does
   */
  public String nextMessage() {
    return nextPayload().text();
  }

  /**
   * Returns the wanted events as an iterable that reconnects after non-fatal errors (logging them)
   * and ends when the shard closes for good, or when the iterating thread is interrupted; {@link
   * #fatalError()} then tells why the shard closed, if it was not {@link #close()}.
   *
   * @param wanted the event types to return
   * @return the events, pulled lazily
   */
  public Iterable<Event> events(EventTypeFlags wanted) {
    return () ->
        new Iterator<>() {
          private Event next;
          private boolean done;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              try {
                next = nextEvent(wanted);
              } catch (GatewayException e) {
                if (e.isFatal() || e.kind() == GatewayException.Kind.INTERRUPTED) {
                  done = true;
                } else {
                  LOG.warn("shard {}: {}", id, e.getMessage());
                }
              }
            }
            return next != null;
          }

          @Override
          public Event next() {
            if (!hasNext()) {
              throw new NoSuchElementException("the shard is closed");
            }
            Event event = next;
            next = null;
            return event;
          }
        };
  }

  private Incoming.Payload nextPayload() {
    pullLock.lock();
    try {
      while (true) {
        GatewayException fatal = fatalError;
        if (fatal != null) {
          throw fatal;
        }
        if (closed) {
          throw shardClosed();
        }
        Connection current = connection != null ? connection : connect();
        Incoming incoming;
        try {
          incoming = current.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw interrupted("waiting for a payload", e);
        }
        switch (incoming) {
          case Incoming.Payload payload -> {
            return payload;
          }
          case Incoming.Malformed malformed ->
              throw new GatewayException(
                  GatewayException.Kind.DECODE,
                  false,
                  null,
                  "shard "
                      + id
                      + " received an unreadable payload: "
                      + malformed.error().getMessage(),
                  malformed.error());
          case Incoming.Closed end -> throw closedBy(end);
        }
      }
    } finally {
      pullLock.unlock();
    }
  }

  private GatewayException closedBy(Incoming.Closed end) {
    connection = null;
    if (closed) {
      moveTo(ShardState.FATALLY_CLOSED);
      return shardClosed();
    }
    CloseCode code = end.code() >= 4000 ? CloseCode.of(end.code()) : null;
    String reason = end.reason() == null || end.reason().isEmpty() ? "" : " (" + end.reason() + ")";
    if (code != null && !code.canReconnect()) {
      moveTo(ShardState.FATALLY_CLOSED);
      GatewayException fatal =
          new GatewayException(
              GatewayException.Kind.CLOSED,
              true,
              code,
              "shard "
                  + id
                  + " was closed by Discord with "
                  + code.value()
                  + " "
                  + code.name()
                  + reason
                  + "; it cannot reconnect",
              end.error());
      fatalError = fatal;
      LOG.error(fatal.getMessage());
      return fatal;
    }
    if (state != ShardState.ACTIVE) {
      // A connection that closes before READY counts as a failed attempt, so that a server which
      // keeps closing early gets backed-off reconnects rather than an identify storm.
      failedConnects++;
    }
    moveTo(ShardState.DISCONNECTED);
    String how = end.code() > 0 ? "closed with " + end.code() + reason : reason.strip();
    if (how.isEmpty()) {
      how = "closed";
    }
    return new GatewayException(
        GatewayException.Kind.CLOSED,
        false,
        code,
        "shard " + id + " connection " + how + "; it reconnects on the next pull",
        end.error());
  }

  private Connection connect() {
    if (failedConnects > 0) {
      backOff();
    }
    // A fresh connection always identifies (resuming is not implemented yet). Reset before the
    // socket opens: READY may arrive on the connection's thread before buildAsync returns.
    sessionId = null;
    lastSequence.set(-1);
    moveTo(ShardState.IDENTIFYING);
    Connection fresh = new Connection(config, id, lastSequence, this::ready);
    URI uri = gatewayUri();
    try {
      http.newWebSocketBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .buildAsync(uri, fresh)
          .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      moveTo(ShardState.DISCONNECTED);
      throw interrupted("connecting", e);
    } catch (ExecutionException | TimeoutException e) {
      failedConnects++;
      moveTo(ShardState.DISCONNECTED);
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new GatewayException(
          GatewayException.Kind.CONNECT,
          false,
          null,
          "shard " + id + " could not connect to " + config.gatewayUrl() + ": " + cause,
          cause);
    }
    failedConnects = 0;
    connection = fresh;
    if (closed) {
      fresh.terminate(new Incoming.Closed(1000, "shard closed", null));
    }
    LOG.debug("shard {} connected to {}", id, config.gatewayUrl());
    return fresh;
  }

  private void backOff() {
    long capped = Math.min(1000L << Math.min(failedConnects - 1, 16), MAX_BACKOFF.toMillis());
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    boolean closedMeanwhile;
    try {
      // Waiting on the close signal rather than sleeping lets close() end the wait at once.
      closedMeanwhile = closeSignal.await(jittered, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted("backing off before reconnecting", e);
    }
    if (closedMeanwhile) {
      throw shardClosed();
    }
  }

  private URI gatewayUri() {
    String base = config.gatewayUrl().toString();
    if (!base.endsWith("/")) {
      base += "/";
    }
    return URI.create(
        base + "?v=10&encoding=json" + (config.compression() ? "&compress=zlib-stream" : ""));
  }

  private void ready(Ready ready) {
    sessionId = ready.sessionId();
    moveTo(ShardState.ACTIVE);
    LOG.info("shard {} is ready as {}", id, ready.user().username());
  }

  /** Changes state; once closed for good, the shard never leaves {@code FATALLY_CLOSED}. */
  private synchronized void moveTo(ShardState next) {
    if (state != ShardState.FATALLY_CLOSED) {
      state = next;
    }
  }

  private GatewayException interrupted(String activity, InterruptedException cause) {
    return new GatewayException(
        GatewayException.Kind.INTERRUPTED,
        false,
        null,
        "shard " + id + " was interrupted while " + activity,
        cause);
  }

  private GatewayException shardClosed() {
    return new GatewayException(
        GatewayException.Kind.SHARD_CLOSED, true, null, "shard " + id + " is closed", null);
  }

  /**
   * Closes the connection and stops the shard's threads. A thread waiting in {@link #nextEvent}
   * gets a fatal {@link GatewayException} of kind {@link GatewayException.Kind#SHARD_CLOSED};
   * {@link #events} ends.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeSignal.countDown();
    Connection current = connection;
    if (current != null) {
      current.close(1000, "shard closed");
    }
    // Wait for a puller to see the end before the threads under it are stopped.
    pullLock.lock();
    try {
      moveTo(ShardState.FATALLY_CLOSED);
    } finally {
      pullLock.unlock();
    }
    http.close();
    executor.close();
  }

  @Override
  public String toString() {
    return "Shard[" + id + ", " + state + "]";
  }
}
