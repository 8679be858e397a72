package dev.gloam.gateway;

import dev.gloam.gateway.queue.IdentifyQueue;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.gateway.queue.SessionStartLimit;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.event.EventTypeFlags;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many shards of one bot in one process, pulled as one stream of {@link ShardEvent}s
 * (events/gateway, "Sharding"). The shards share one HTTP client (one selector thread for all their
 * WebSockets) and one identify queue, so they identify in {@code max_concurrency} buckets and
 * within the daily session start limit; both are made by the group and closed with it, unless the
 * {@link Config} gives them.
 *
 * <ul>
 *   <li>{@link #recommended} runs every shard Discord recommends ({@code GET /gateway/bot});
 *   <li>{@link #range} runs a contiguous part of the shards, for one process of several;
 *   <li>{@link #bucket} runs the shards of one identify bucket ({@code shard_id %
 *       max_concurrency}), for deployments that give each process a bucket so they identify side by
 *       side.
 * </ul>
 *
 * <p>Each shard is pulled on a virtual thread of its own ({@code gloam-group-shard-N}) that parses
 * the events it receives, so parsing runs in parallel; the program sees one loop.
 *
 * <pre>{@code
 * BotConnectionInfo info = http.gatewayBot().send().model();   // gloam-http, GET /gateway/bot
 * try (ShardGroup group = ShardGroup.recommended(info, Config.builder(token, intents).build())) {
 *   for (ShardEvent item : group.events(EventTypeFlags.all())) {
 *     System.out.println(item.shard() + " " + item.event());
 *   }
 * }
 * }</pre>
 */
public final class ShardGroup implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ShardGroup.class);

  private final List<Shard> shards;
  private final ExecutorService ownedExecutor;
  private final HttpClient ownedHttp;
  private final InMemoryIdentifyQueue ownedQueue;
  private final LinkedBlockingQueue<Object> merged = new LinkedBlockingQueue<>();
  private final List<Thread> pullers = new ArrayList<>();
  private EventTypeFlags pulling;
  private int running;
  private volatile boolean closed;

  /** Marks the end of one shard's stream in {@link #merged}. */
  private record Ended(ShardId shard) {}

  /** An event waiting in {@link #merged}, not yet handed to the program. */
  private record Item(Shard shard, Shard.Pulled pulled) {}

  private ShardGroup(List<ShardId> ids, Config config, URI gatewayUrl, SessionStartLimit limit) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("a shard group has at least one shard");
    }
    HttpClient client;
    if (config.httpClient().isPresent()) {
      client = config.httpClient().get();
      ownedExecutor = null;
      ownedHttp = null;
    } else {
      ownedExecutor = Shard.ioExecutor();
      ownedHttp = Shard.httpClient(ownedExecutor);
      client = ownedHttp;
    }
    IdentifyQueue queue;
    if (config.identifyQueue().isPresent()) {
      queue = config.identifyQueue().get();
      ownedQueue = null;
    } else {
      InMemoryIdentifyQueue.Builder builder = InMemoryIdentifyQueue.builder();
      if (limit != null) {
        builder.sessionStartLimit(limit);
      }
      ownedQueue = builder.build();
      queue = ownedQueue;
    }
    Config shared = config.shared(client, queue, gatewayUrl);
    List<Shard> created = new ArrayList<>(ids.size());
    for (ShardId id : ids) {
      // The shared config carries the client and queue, so no shard makes or closes its own.
      created.add(Shard.create(id, shared));
    }
    this.shards = List.copyOf(created);
  }

  private ShardGroup(List<Shard> shards) {
    if (shards.isEmpty()) {
      throw new IllegalArgumentException("a shard group has at least one shard");
    }
    this.shards = List.copyOf(shards);
    this.ownedExecutor = null;
    this.ownedHttp = null;
    this.ownedQueue = null;
  }

  /**
   * Pulls shards the program created itself as one group, for example shards resumed from saved
   * sessions with {@link Shard#resume}. Give them a configuration with a shared {@link
   * Config.Builder#httpClient} and {@link Config.Builder#identifyQueue}, which the program closes;
   * the group closes the shards.
   *
   * <pre>{@code
   * List<Shard> shards = saved.entrySet().stream()
   *     .map(e -> Shard.resume(new ShardId(e.getKey(), total), config, e.getValue()))
   *     .toList();
   * try (ShardGroup group = ShardGroup.of(shards)) { ... }
   * }</pre>
   *
   * @param shards the shards, not started or pulled elsewhere
   * @return the group
   * @throws IllegalArgumentException if there is none, or two have the same id
   */
  public static ShardGroup of(List<Shard> shards) {
    Objects.requireNonNull(shards, "shards");
    if (shards.stream().map(Shard::id).distinct().count() != shards.size()) {
      throw new IllegalArgumentException("two shards of a group have the same id");
    }
    return new ShardGroup(shards);
  }

  /**
   * Creates the shards {@code from} (inclusive) to {@code to} (exclusive) of {@code total}.
   *
   * @param from the first shard id
   * @param to the shard id after the last
   * @param total how many shards the bot runs in all
   * @param config how every shard connects
   * @return the group, not connected yet
   * @throws IllegalArgumentException if the range is empty or not within {@code total}
   */
  public static ShardGroup range(int from, int to, int total, Config config) {
    Objects.requireNonNull(config, "config");
    if (from < 0 || to > total || from >= to) {
      throw new IllegalArgumentException(
          "shards " + from + " to " + to + " are not a range within " + total);
    }
    return new ShardGroup(ids(IntStream.range(from, to), total), config, config.gatewayUrl(), null);
  }

  /**
   * Creates every shard Discord recommends, at the gateway URL it names, with an identify queue
   * sized by its session start limit ({@code max_concurrency}, remaining starts, reset) unless the
   * configuration gives a queue.
   *
   * @param info the answer of {@code GET /gateway/bot}
   * @param config how every shard connects; its gateway URL is replaced by {@code info.url()}
   * @return the group, not connected yet
   */
  public static ShardGroup recommended(BotConnectionInfo info, Config config) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(config, "config");
    if (info.shards() < 1) {
      throw new IllegalArgumentException("Discord recommends at least one shard: " + info.shards());
    }
    var limit = info.sessionStartLimit();
    SessionStartLimit queueLimit =
        new SessionStartLimit(
            limit.total(),
            limit.remaining(),
            Duration.ofMillis(limit.resetAfter()),
            limit.maxConcurrency());
    return new ShardGroup(
        ids(IntStream.range(0, info.shards()), info.shards()),
        config,
        URI.create(info.url()),
        queueLimit);
  }

  /**
   * Creates the shards of one identify bucket: {@code bucketId}, {@code bucketId + concurrency},
   * and so on below {@code total}. All of them share the rate limit key {@code bucketId}, so a
   * process per bucket lets {@code concurrency} processes identify side by side.
   *
   * @param bucketId the bucket, 0 to {@code concurrency - 1}
   * @param concurrency the bot's {@code max_concurrency}
   * @param total how many shards the bot runs in all
   * @param config how every shard connects
   * @return the group, not connected yet
   */
  public static ShardGroup bucket(int bucketId, int concurrency, int total, Config config) {
    Objects.requireNonNull(config, "config");
    if (concurrency < 1 || bucketId < 0 || bucketId >= concurrency || bucketId >= total) {
      throw new IllegalArgumentException(
          "bucket " + bucketId + " of " + concurrency + " has no shard below " + total);
    }
    return new ShardGroup(
        ids(IntStream.iterate(bucketId, i -> i < total, i -> i + concurrency), total),
        config,
        config.gatewayUrl(),
        null);
  }

  private static List<ShardId> ids(IntStream numbers, int total) {
    return numbers.mapToObj(n -> new ShardId(n, total)).toList();
  }

  /**
   * Returns the group's shards, in id order.
   *
   * @return the shards
   */
  public List<Shard> shards() {
    return shards;
  }

  /**
   * Finds a shard of the group.
   *
   * @param number the shard id's number
   * @return the shard, or empty if the group does not run it
   */
  public Optional<Shard> shard(int number) {
    return shards.stream().filter(s -> s.id().number() == number).findFirst();
  }

  /**
   * Starts connecting every shard; they identify as the identify queue lets them.
   *
   * @return this group
   */
  public ShardGroup start() {
    shards.forEach(Shard::start);
    return this;
  }

  /**
   * Waits for the next event of any shard whose type is in {@code wanted}. The first call fixes the
   * types: each shard is pulled for them from then on.
   *
   * @param wanted the event types to return
   * @return the event and its shard
   * @throws GatewayException what a shard met; {@link GatewayException#isFatal()} means that shard
   *     has ended (the others go on), and the group's end is a fatal one of kind {@link
   *     GatewayException.Kind#SHARD_CLOSED}
   * @throws IllegalStateException if an earlier call asked for other types
   */
  public ShardEvent nextEvent(EventTypeFlags wanted) {
    startPulling(wanted);
    while (true) {
      Object next;
      synchronized (this) {
        if (running == 0 && merged.isEmpty()) {
          throw new GatewayException(
              GatewayException.Kind.SHARD_CLOSED,
              true,
              null,
              "every shard of the group has ended",
              null);
        }
      }
      try {
        next = merged.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GatewayException(
            GatewayException.Kind.INTERRUPTED,
            false,
            null,
            "interrupted while waiting for an event of the group",
            e);
      }
      switch (next) {
        case Item item -> {
          // Only now is the event the program's, so only now does the shard's saved session
          // count it: a session saved while events wait here has them replayed on resume.
          item.shard().markPulled(item.pulled());
          return new ShardEvent(item.shard().id(), item.pulled().event());
        }
        case GatewayException error -> throw error;
        case Ended ended -> {
          synchronized (this) {
            running--;
          }
          LOG.debug("shard {} of the group has ended", ended.shard());
        }
        default -> throw new IllegalStateException("unexpected item " + next);
      }
    }
  }

  /**
   * Returns the events of every shard as one iterable that ends when every shard has ended, or when
   * the iterating thread is interrupted. Non-fatal errors are logged and skipped, and so is a
   * shard's fatal end (logged as an error) while other shards run.
   *
   * @param wanted the event types to return
   * @return the events, pulled lazily
   */
  public Iterable<ShardEvent> events(EventTypeFlags wanted) {
    return () ->
        new Iterator<>() {
          private ShardEvent next;
          private boolean done;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              try {
                next = nextEvent(wanted);
              } catch (GatewayException e) {
                if (e.kind() == GatewayException.Kind.INTERRUPTED || (e.isFatal() && allEnded())) {
                  done = true;
                } else if (e.isFatal()) {
                  // The shard itself logged why it ended; the group goes on with the others.
                  LOG.debug(e.getMessage());
                } else {
                  Shard.logNonFatal(e);
                }
              }
            }
            return next != null;
          }

          @Override
          public ShardEvent next() {
            if (!hasNext()) {
              throw new NoSuchElementException("every shard of the group has ended");
            }
            ShardEvent event = next;
            next = null;
            return event;
          }
        };
  }

  private synchronized boolean allEnded() {
    return (pulling != null || closed) && running == 0 && merged.isEmpty();
  }

  private synchronized void startPulling(EventTypeFlags wanted) {
    Objects.requireNonNull(wanted, "wanted");
    if (pulling != null) {
      if (!pulling.equals(wanted)) {
        throw new IllegalStateException("the group is already pulled for other event types");
      }
      return;
    }
    if (closed) {
      return;
    }
    pulling = wanted;
    running = shards.size();
    for (Shard shard : shards) {
      pullers.add(
          Thread.ofVirtual()
              .name("gloam-group-shard-" + shard.id().number())
              .start(() -> pull(shard, wanted)));
    }
  }

  private void pull(Shard shard, EventTypeFlags wanted) {
    try {
      while (true) {
        try {
          merged.add(new Item(shard, shard.pull(wanted, false)));
        } catch (GatewayException e) {
          if (e.kind() == GatewayException.Kind.INTERRUPTED) {
            return;
          }
          if (e.kind() != GatewayException.Kind.SHARD_CLOSED || !closed) {
            merged.add(e);
          }
          if (e.isFatal()) {
            return;
          }
        }
      }
    } finally {
      merged.add(new Ended(shard.id()));
    }
  }

  /**
   * Returns a snapshot of every shard's state and traffic.
   *
   * @return one entry per shard, in id order
   */
  public List<ShardStats> stats() {
    return shards.stream().map(Shard::stats).toList();
  }

  /**
   * Returns the sessions to save for a later resume, by shard number: each counts only the events
   * this group handed to the program.
   *
   * @return the sessions of the shards that have one
   */
  public Map<Integer, Session> sessions() {
    Map<Integer, Session> sessions = new TreeMap<>();
    for (Shard shard : shards) {
      shard.session().ifPresent(session -> sessions.put(shard.id().number(), session));
    }
    return sessions;
  }

  /**
   * Closes every shard (ending their sessions), stops the group's threads, and closes the HTTP
   * client and identify queue the group made.
   */
  @Override
  public void close() {
    close(1000);
  }

  /**
   * Closes every shard with a close code, as {@link Shard#close(int)} does: with a code other than
   * 1000 and 1001 the sessions stay resumable, so {@link #sessions()} can be saved first and
   * resumed later with {@link Shard#resume} and {@link #of}. Then stops the group's threads and
   * closes the HTTP client and identify queue the group made.
   *
   * @param code a WebSocket close code: 1000, 1001, or 3000 to 4999
   */
  public void close(int code) {
    Shard.checkCloseCode(code);
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    // Each close waits for its close frame to go out; closing side by side keeps that short.
    List<Thread> closers =
        shards.stream().map(shard -> Thread.ofVirtual().start(() -> shard.close(code))).toList();
    for (Thread closer : closers) {
      try {
        closer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Thread puller : pullers) {
      try {
        puller.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (ownedQueue != null) {
      ownedQueue.close();
    }
    if (ownedHttp != null) {
      ownedHttp.close();
      ownedExecutor.close();
    }
  }

  @Override
  public String toString() {
    return "ShardGroup[" + shards.size() + " shards]";
  }
}
