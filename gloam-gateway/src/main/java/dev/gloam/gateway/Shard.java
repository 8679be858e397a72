package dev.gloam.gateway;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.gateway.queue.IdentifyQueue;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.command.Identify;
import dev.gloam.model.gateway.command.Resume;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.ModelJsonException;
import dev.gloam.model.json.PayloadHeader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to Discord's gateway, kept alive and pulled for events. Maps Discord's
 * events/gateway section: the shard connects, identifies through the identify queue, heartbeats,
 * and when its connection ends it resumes (or, when Discord says the session is gone, identifies
 * again) with jittered exponential back-off, so the program sees one stream of events across
 * connections: in sequence order, none twice, and a reported {@link
 * GatewayException.Kind#SEQUENCE_GAP gap} if Discord could not replay some.
 *
 * <p>The program pulls: {@link #nextEvent} returns the next event of the types asked for and never
 * deserializes the others; {@link #nextMessage} returns every payload as raw JSON; {@link #events}
 * iterates until the shard ends. What went wrong comes as a {@link GatewayException} at its place
 * in the stream; after a non-fatal one the stream goes on.
 *
 * <p>Threads: the protocol runs on the shard's own threads, so heartbeats continue however slowly
 * the program pulls; payloads wait in an unbounded queue ({@link ShardStats#queued()}). A shard
 * starts virtual threads named {@code gloam-shard-N} (connects and reconnects) and {@code
 * gloam-shard-N-heartbeat}; the WebSocket reads on its HTTP client's executor (virtual threads
 * named {@code gloam-gateway-io-M} unless {@link Config.Builder#httpClient} gives a client). {@link
 * #close()} stops them all.
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
  private static final Duration HELLO_TIMEOUT = Duration.ofSeconds(20);
  private static final long MAX_BACKOFF_MILLIS = 60_000;
  // Payloads waiting before the reader starts parsing ahead of the puller.
  private static final int PARSE_AHEAD_BACKLOG = 64;

  private final ShardId id;
  private final Config config;
  private final HttpClient http;
  private final ExecutorService ownedExecutor;
  private final IdentifyQueue identifyQueue;
  private final boolean ownsQueue;
  private final Inbox incoming = new Inbox();
  // Guards the sequence check, delivery into the queue and the end of connections, so that a late
  // payload of a connection that already ended never lands after what follows it.
  private final Object lock = new Object();
  private final ReentrantLock pullLock = new ReentrantLock();
  private final Counters counters = new Counters();
  private final Latency latency = new Latency();
  private final MessageSender sender;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile long lastSequence;
  private volatile long lastPulledSequence;
  private volatile EventTypeFlags lastWanted;
  // Counts the sessions started with IDENTIFY, so that a dispatch of an older session is never
  // taken for one of the current session.
  private volatile long sessionEpoch;
  private volatile String sessionId;
  private volatile URI resumeUrl;
  private volatile ShardState state = ShardState.DISCONNECTED;
  private volatile Connection connection;
  private volatile boolean reachedActive;
  private volatile GatewayException fatalError;
  private volatile GatewayException streamEnd;
  private volatile boolean closed;
  private Thread supervisor;

  private Shard(ShardId id, Config config, Session session) {
    this.id = id;
    this.config = config;
    if (config.httpClient().isPresent()) {
      this.http = config.httpClient().get();
      this.ownedExecutor = null;
    } else {
      this.ownedExecutor = ioExecutor();
      this.http = httpClient(ownedExecutor);
    }
    this.ownsQueue = config.identifyQueue().isEmpty();
    this.identifyQueue = config.identifyQueue().orElseGet(InMemoryIdentifyQueue::create);
    if (session != null) {
      this.sessionId = session.id();
      this.resumeUrl = session.resumeUrl();
      this.lastSequence = session.sequence();
      this.lastPulledSequence = session.sequence();
    }
    this.sender = new MessageSender(this);
  }

  static ExecutorService ioExecutor() {
    return Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("gloam-gateway-io-", 0).factory());
  }

  static HttpClient httpClient(ExecutorService executor) {
    return HttpClient.newBuilder().executor(executor).connectTimeout(CONNECT_TIMEOUT).build();
  }

  /**
   * Creates a shard that connects to Discord's gateway with default options. It connects on the
   * first pull (or {@link #start()}).
   *
   * @param id which shard this is
   * @param token the bot token
   * @param intents the events to receive
   * @return the shard
   */
  public static Shard create(ShardId id, String token, dev.gloam.model.gateway.Intents intents) {
    return create(id, Config.builder(token, intents).build());
  }

  /**
   * Creates a shard with a full configuration. It connects on the first pull (or {@link #start()}).
   *
   * @param id which shard this is
   * @param config how to connect and identify
   * @return the shard
   */
  public static Shard create(ShardId id, Config config) {
    return new Shard(id, config, null);
  }

  /**
   * Creates a shard that resumes a saved session instead of identifying, even in another process
   * than the one that started it (events/gateway, "Resuming"). Discord replays what was sent after
   * the session's sequence; if the session is gone meanwhile, the shard identifies as usual.
   *
   * @param id which shard this is; the one the session was started for
   * @param config how to connect
   * @param session the session saved from {@link #session()}
   * @return the shard
   */
  public static Shard resume(ShardId id, Config config, Session session) {
    return new Shard(id, config, java.util.Objects.requireNonNull(session, "session"));
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
   * Returns the session to save for a later resume. Its sequence is that of the last dispatch the
   * program pulled, so a shard resumed from it gets every dispatch this one had not handed over.
   *
   * @return the session, or empty before {@code READY} and after Discord ended it
   */
  public Optional<Session> session() {
    String current = sessionId;
    URI url = resumeUrl;
    return current == null || url == null
        ? Optional.empty()
        : Optional.of(new Session(current, lastPulledSequence, url));
  }

  /**
   * Returns the URL this shard resumes at: {@code resume_gateway_url} from {@code READY}.
   *
   * @return the URL, or empty before {@code READY}
   */
  public Optional<URI> resumeUrl() {
    return Optional.ofNullable(resumeUrl);
  }

  /**
   * Returns the error that ended the shard for good, such as a wrong token (close code 4004).
   *
   * @return the fatal error, or empty while the shard can go on or after a plain {@link #close()}
   */
  public Optional<GatewayException> fatalError() {
    return Optional.ofNullable(fatalError);
  }

  /**
   * Returns the sender of gateway commands for this shard, usable from any thread.
   *
   * @return the sender
   */
  public MessageSender sender() {
    return sender;
  }

  /**
   * Returns a snapshot of the shard's state and traffic.
   *
   * @return the stats
   */
  public ShardStats stats() {
    Connection current = connection;
    CommandRateLimiter limiter = current == null ? null : current.limiter();
    int available = limiter != null && state == ShardState.ACTIVE ? limiter.available() : 0;
    return new ShardStats(
        id,
        state,
        latency.average(),
        latency.recent(),
        available,
        counters.bytesReceived.get(),
        counters.bytesInflated.get(),
        counters.payloads.get(),
        counters.dispatches.get(),
        counters.connects.get(),
        counters.identifies.get(),
        counters.resumes.get(),
        counters.gaps.get(),
        counters.duplicates.get(),
        incoming.size());
  }

  /**
   * Starts connecting in the background, if not already; pulling starts the shard too. Useful to
   * connect many shards before pulling from any.
   *
   * @return this shard
   */
  public synchronized Shard start() {
    if (supervisor == null && !closed) {
      supervisor = Thread.ofVirtual().name("gloam-shard-" + id.number()).start(this::supervise);
    }
    return this;
  }

  /**
   * Waits for the next event whose type is in {@code wanted}. Other payloads are skipped after
   * reading their envelope; their {@code d} is never deserialized. Only one thread pulls at a time;
   * others wait their turn.
   *
   * @param wanted the event types to deserialize and return
   * @return the next wanted event
   * @throws GatewayException what happened at this point of the stream; when {@link
   *     GatewayException#isFatal()} is false, the next call goes on with the stream
   */
  public Event nextEvent(EventTypeFlags wanted) {
    return pull(wanted, true).event();
  }

  /**
   * An event pulled for a {@link ShardGroup}, with what {@link #markPulled} needs once the group
   * hands it to the program.
   */
  record Pulled(Event event, long sequence, long epoch) {}

  /** Pulls the next wanted event; {@code mark} counts it as handed to the program. */
  Pulled pull(EventTypeFlags wanted, boolean mark) {
    lastWanted = wanted;
    while (true) {
      Incoming.Payload payload = nextPayload(mark);
      if (!payload.header().isWanted(wanted)) {
        continue;
      }
      try {
        Optional<Event> event = payload.event();
        if (event.isPresent()) {
          return new Pulled(event.get(), payload.header().sequence().orElse(-1), payload.epoch());
        }
      } catch (ModelJsonException e) {
        throw error(
            GatewayException.Kind.DECODE,
            null,
            "cannot read " + payload.header().eventType().orElseThrow() + ": " + e.getMessage(),
            e);
      }
    }
  }

  /**
   * Counts a dispatch pulled earlier as handed to the program, for {@link #session()}; ignored if a
   * new session started since.
   */
  void markPulled(Pulled pulled) {
    if (pulled.sequence() > 0 && pulled.epoch() == sessionEpoch) {
      synchronized (lock) {
        if (pulled.epoch() == sessionEpoch && pulled.sequence() > lastPulledSequence) {
          lastPulledSequence = pulled.sequence();
        }
      }
    }
  }

  /**
   * Waits for the next payload of any opcode or event, as raw JSON: for dispatches gloam has no
   * model for yet, and for proxies that forward payloads unparsed. The shard still handles the
   * protocol itself (heartbeats, HELLO, RECONNECT, ...), and these payloads come too.
   *
   * @return the payload's JSON text
   * @throws GatewayException as {@link #nextEvent} does
   */
  public String nextMessage() {
    return new String(nextPayload(true).bytes(), StandardCharsets.UTF_8);
  }

  /**
   * Returns the wanted events as an iterable that ends when the shard ends: after a fatal error
   * ({@link #fatalError()} tells which), after {@link #close()}, or when the iterating thread is
   * interrupted. Non-fatal errors are logged and skipped.
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
                  logNonFatal(e);
                }
              }
            }
            return next != null;
          }

          @Override
          public Event next() {
            if (!hasNext()) {
              throw new NoSuchElementException("the shard has ended");
            }
            Event event = next;
            next = null;
            return event;
          }
        };
  }

  static void logNonFatal(GatewayException e) {
    if (e.kind() == GatewayException.Kind.CLOSED || e.kind() == GatewayException.Kind.CONNECT) {
      LOG.info(e.getMessage());
    } else {
      LOG.warn(e.getMessage());
    }
  }

  private Incoming.Payload nextPayload(boolean mark) {
    start();
    pullLock.lock();
    try {
      while (true) {
        Incoming next = incoming.poll();
        if (next == null) {
          GatewayException end = streamEnd;
          if (end != null) {
            throw end;
          }
          try {
            next = incoming.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(
                GatewayException.Kind.INTERRUPTED,
                false,
                null,
                "shard " + id + ": interrupted while waiting for a payload",
                e);
          }
        }
        switch (next) {
          case Incoming.Payload payload -> {
            if (mark && payload.epoch() == sessionEpoch) {
              payload.header().sequence().ifPresent(s -> lastPulledSequence = s);
            }
            return payload;
          }
          case Incoming.Notice notice -> throw notice.error();
        }
      }
    } finally {
      pullLock.unlock();
    }
  }

  // ---- the supervisor: one connection after another ----

  private void supervise() {
    int failures = 0;
    try {
      while (!closed) {
        reachedActive = false;
        Connection.Ending ending = runConnection();
        connection = null;
        if (ending == null || closed || ending.action() == Connection.Action.STOP) {
          return;
        }
        if (ending.action() == Connection.Action.FATAL) {
          fatal(ending.notice());
          return;
        }
        moveTo(ShardState.DISCONNECTED);
        failures = reachedActive ? 0 : failures + 1;
        long delay = failures == 0 ? 0 : backoffMillis(failures);
        if (ending.action() == Connection.Action.IDENTIFY) {
          clearSession();
          if (ending.notice() == null) {
            // After an invalid session (op 9), even one that refused an IDENTIFY, Discord asks for
            // a random wait of 1 to 5 s before identifying again.
            delay = Math.max(delay, 1000 + ThreadLocalRandom.current().nextLong(4001));
          }
        }
        if (delay > 0 && stopped.await(delay, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // close() interrupts the supervisor to end a wait; the shard is closing.
    } finally {
      Connection last = connection;
      if (last != null) {
        last.end(new Connection.Ending(Connection.Action.STOP, null), -1);
      }
    }
  }

  static long backoffMillis(int failures) {
    long capped = Math.min(1000L << Math.min(failures - 1, 16), MAX_BACKOFF_MILLIS);
    // "Full jitter" between half and all of the capped delay, so that shards failing together
    // spread out.
    return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
  }

  private Connection.Ending runConnection() throws InterruptedException {
    Compression compression = config.compression();
    Connection conn =
        new Connection(
            this, compression == Compression.NONE ? null : compression.newDecompressor());
    boolean resuming = sessionId != null && resumeUrl != null;
    URI uri = withQuery(resuming ? resumeUrl : config.gatewayUrl(), compression);
    counters.connects.incrementAndGet();
    try {
      http.newWebSocketBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .buildAsync(uri, conn)
          .get(CONNECT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      GatewayException failure =
          error(
              GatewayException.Kind.CONNECT,
              null,
              "could not connect to "
                  + (resuming ? "the resume URL" : config.gatewayUrl())
                  + ": "
                  + cause,
              cause);
      conn.end(new Connection.Ending(Connection.Action.RESUME, failure), -1);
      return conn.ended().join();
    }
    connection = conn;
    if (closed) {
      conn.end(new Connection.Ending(Connection.Action.STOP, null), -1);
      return null;
    }
    try {
      conn.hello().get(HELLO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      return conn.ended().join();
    } catch (TimeoutException e) {
      conn.end(
          new Connection.Ending(
              Connection.Action.RESUME,
              error(GatewayException.Kind.CLOSED, null, "no HELLO in " + HELLO_TIMEOUT, null)),
          4000);
      return conn.ended().join();
    }
    if (resuming) {
      moveTo(ShardState.RESUMING);
      counters.resumes.incrementAndGet();
      conn.sendPriority(
          ModelJson.writeCommand(new Resume(config.token(), sessionId, lastSequence)),
          OpCode.RESUME);
    } else {
      moveTo(ShardState.IDENTIFYING);
      CompletableFuture<Void> permit = identifyQueue.enqueue(id.number());
      try {
        CompletableFuture.anyOf(permit, conn.ended()).get();
      } catch (ExecutionException e) {
        // Told apart below.
      } catch (InterruptedException e) {
        permit.cancel(false);
        throw e;
      }
      if (!permit.isDone()) {
        permit.cancel(false);
        return conn.ended().join();
      }
      if (permit.isCompletedExceptionally()) {
        if (closed) {
          return null;
        }
        Throwable cause = permit.exceptionNow();
        GatewayException failure =
            new GatewayException(
                GatewayException.Kind.IDENTIFY_QUEUE,
                true,
                null,
                "shard " + id + ": the identify queue refused: " + cause.getMessage(),
                cause);
        conn.end(new Connection.Ending(Connection.Action.FATAL, failure), 1000);
        return conn.ended().join();
      }
      synchronized (lock) {
        // A new session numbers its dispatches from 1.
        lastSequence = 0;
        lastPulledSequence = 0;
        sessionEpoch++;
      }
      counters.identifies.incrementAndGet();
      conn.sendPriority(ModelJson.writeCommand(identify()), OpCode.IDENTIFY);
    }
    try {
      return conn.ended().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a connection's end never fails", e);
    }
  }

  private Identify identify() {
    return new Identify(
        config.token(),
        config.identifyProperties(),
        Optional.empty(),
        Optional.of(config.largeThreshold()),
        Optional.of(id),
        config.presence(),
        config.intents());
  }

  private static URI withQuery(URI base, Compression compression) {
    String text = base.toString();
    int query = text.indexOf('?');
    if (query >= 0) {
      text = text.substring(0, query);
    }
    if (!text.endsWith("/")) {
      text += "/";
    }
    return URI.create(
        text
            + "?v=10&encoding=json"
            + compression.queryValue().map(value -> "&compress=" + value).orElse(""));
  }

  private void clearSession() {
    sessionId = null;
    resumeUrl = null;
  }

  /** After a fatal end, whose error {@link #endConnection} already queued. */
  private void fatal(GatewayException error) {
    LOG.error(error.getMessage());
    clearSession();
    releaseResources();
  }

  // ---- called by connections ----

  Counters counters() {
    return counters;
  }

  Latency latency() {
    return latency;
  }

  long lastSequence() {
    return lastSequence;
  }

  GatewayException error(
      GatewayException.Kind kind,
      dev.gloam.model.gateway.CloseCode code,
      String message,
      Throwable cause) {
    return new GatewayException(kind, false, code, "shard " + id + ": " + message, cause);
  }

  void ready(Connection from, ReadyScan ready) {
    sessionId = ready.sessionId();
    resumeUrl = URI.create(ready.resumeGatewayUrl());
    activated(from);
    LOG.info("shard {} is ready as {}", id, ready.username());
  }

  void resumed(Connection from) {
    activated(from);
    LOG.debug("shard {} resumed its session", id);
  }

  private void activated(Connection from) {
    synchronized (lock) {
      if (!from.over) {
        reachedActive = true;
        moveTo(ShardState.ACTIVE);
        lock.notifyAll();
      }
    }
  }

  /**
   * Queues a payload unless it is a replay already received.
   *
   * @return the payload queued, or null
   */
  Incoming.Payload deliver(Connection from, byte[] bytes, PayloadHeader header, Event parsed) {
    synchronized (lock) {
      if (from.over) {
        return null;
      }
      counters.payloads.incrementAndGet();
      Incoming.Payload payload = new Incoming.Payload(bytes, header, parsed, sessionEpoch);
      if (header.sequence().isPresent()) {
        long sequence = header.sequence().getAsLong();
        long last = lastSequence;
        if (sequence <= last) {
          // Replayed after a resume, but already received (and queued) before the connection ended.
          counters.duplicates.incrementAndGet();
          return null;
        }
        if (sequence > last + 1 && last > 0) {
          counters.gaps.incrementAndGet();
          incoming.add(
              new Incoming.Notice(
                  error(
                      GatewayException.Kind.SEQUENCE_GAP,
                      null,
                      "dispatches "
                          + (last + 1)
                          + (sequence - 1 > last + 1 ? " to " + (sequence - 1) : "")
                          + " never arrived; going on with "
                          + sequence,
                      null)));
        }
        lastSequence = sequence;
        counters.dispatches.incrementAndGet();
      }
      incoming.add(payload);
      return payload;
    }
  }

  /**
   * Lets the connection's reader deserialize a payload it just queued when the puller is behind, so
   * that a busy stream is parsed on two threads. Only types the program last asked for are parsed;
   * the puller parses the rest itself if it wants them after all.
   */
  void parseAhead(Incoming.Payload payload) {
    EventTypeFlags wanted = lastWanted;
    if (payload != null
        && wanted != null
        && incoming.size() > PARSE_AHEAD_BACKLOG
        && payload.header().isWanted(wanted)) {
      payload.parseAhead();
    }
  }

  void notice(Connection from, GatewayException error) {
    synchronized (lock) {
      if (!from.over) {
        incoming.add(new Incoming.Notice(error));
      }
    }
  }

  /**
   * Marks a connection over, once, and queues its notice; a fatal end ends the shard's stream here,
   * so that the program sees the shard closed when it pulls the error.
   *
   * @return false if the connection already was over
   */
  boolean endConnection(Connection from, Connection.Ending ending) {
    synchronized (lock) {
      if (from.over) {
        return false;
      }
      from.over = true;
      GatewayException notice = ending.notice();
      if (ending.action() == Connection.Action.FATAL && !closed) {
        fatalError = notice;
        moveTo(ShardState.FATALLY_CLOSED);
        streamEnd = notice;
      }
      if (notice != null && !closed) {
        incoming.add(new Incoming.Notice(notice));
      }
      lock.notifyAll();
      return true;
    }
  }

  /** Waits until a connection is active, for a command to be sent on it. */
  Connection awaitActive() throws InterruptedException {
    start();
    synchronized (lock) {
      while (true) {
        GatewayException end = streamEnd;
        if (end != null) {
          throw end;
        }
        Connection current = connection;
        if (state == ShardState.ACTIVE && current != null && !current.over) {
          return current;
        }
        lock.wait(1000);
      }
    }
  }

  /** Changes state; once closed for good, the shard never leaves {@code FATALLY_CLOSED}. */
  private void moveTo(ShardState next) {
    synchronized (lock) {
      if (state != ShardState.FATALLY_CLOSED) {
        state = next;
      }
      lock.notifyAll();
    }
  }

  /**
   * Closes the shard with close code 1000, which ends the session at Discord, and stops its
   * threads. Payloads already received can still be pulled; then pulls throw a fatal {@link
   * GatewayException} of kind {@link GatewayException.Kind#SHARD_CLOSED}, and {@link #events} ends.
   */
  @Override
  public void close() {
    close(1000);
  }

  /**
   * Closes the shard with a close code and stops its threads. With 1000 or 1001 Discord ends the
   * session; with another code (4000, say) it keeps it for a while, so {@link #session()} can be
   * given to {@link #resume} later, in this process or another. Payloads already received can still
   * be pulled, then pulls throw a fatal {@link GatewayException} of kind {@link
   * GatewayException.Kind#SHARD_CLOSED}.
   *
   * @param code a WebSocket close code: 1000, 1001, or 3000 to 4999
   * @throws IllegalArgumentException for another code
   */
  public void close(int code) {
    checkCloseCode(code);
    Thread running;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      running = supervisor;
    }
    stopped.countDown();
    Connection current = connection;
    if (current != null) {
      current.end(new Connection.Ending(Connection.Action.STOP, null), code);
    }
    if (running != null) {
      running.interrupt();
      try {
        running.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (lock) {
      moveTo(ShardState.FATALLY_CLOSED);
      if (streamEnd == null) {
        GatewayException end =
            new GatewayException(
                GatewayException.Kind.SHARD_CLOSED, true, null, "shard " + id + " is closed", null);
        streamEnd = end;
        incoming.add(new Incoming.Notice(end));
      }
      lock.notifyAll();
    }
    if (code == 1000 || code == 1001) {
      clearSession();
    }
    releaseResources();
  }

  /** Checks a close code a program may send: 1000, 1001, or 3000 to 4999 (RFC 6455). */
  static void checkCloseCode(int code) {
    if (code != 1000 && code != 1001 && (code < 3000 || code > 4999)) {
      throw new IllegalArgumentException("a close code is 1000, 1001 or 3000 to 4999: " + code);
    }
  }

  private void releaseResources() {
    if (ownsQueue && identifyQueue instanceof InMemoryIdentifyQueue owned) {
      owned.close();
    }
    if (ownedExecutor != null) {
      http.close();
      ownedExecutor.close();
    }
  }

  @Override
  public String toString() {
    return "Shard[" + id + ", " + state + "]";
  }
}
