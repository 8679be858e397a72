package dev.gloam.benchmarks;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.PresenceUpdate;
import dev.gloam.model.gateway.event.TypingStart;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.PayloadHeader;
import dev.gloam.testkit.LoadEvent;
import dev.gloam.testkit.LoadPlan;
import dev.gloam.testkit.LoadRun;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.PrivilegedIntent;
import discord4j.core.DiscordClient;
import discord4j.core.GatewayDiscordClient;
import discord4j.core.event.domain.PresenceUpdateEvent;
import discord4j.core.event.domain.channel.TypingStartEvent;
import discord4j.core.event.domain.guild.GuildCreateEvent;
import discord4j.core.event.domain.guild.MemberUpdateEvent;
import discord4j.core.event.domain.message.MessageCreateEvent;
import discord4j.core.event.domain.message.ReactionAddEvent;
import discord4j.gateway.GatewayClient;
import discord4j.gateway.intent.Intent;
import discord4j.gateway.intent.IntentSet;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.Compression;
import reactor.core.publisher.Flux;
import tools.jackson.core.JsonParser;

/**
 * Measures how many gateway events per second one shard takes in, fully parsed, from the testkit's
 * load mode over zlib-stream: gloam's {@link Shard}, JDA 6.5.0 and Discord4J 3.3.1 side by side in
 * one JVM, each against its own testkit with the same settings, plus two references: a raw client
 * that only inflates (what the testkit can deliver to one connection on this machine), and the
 * ceiling, which inflates and tokenizes the recorded compressed frames of the same stream offline
 * (no network, no testkit). Not a JMH benchmark: run by hand (see docs/benchmarks.md).
 *
 * <pre>{@code
 * java -cp "$(cat gloam-benchmarks/target/classpath.txt):gloam-benchmarks/target/classes" \
 *     dev.gloam.benchmarks.GatewayThroughput 200000 3
 * }</pre>
 */
public final class GatewayThroughput {

  // GUILDS, GUILD_MEMBERS, GUILD_PRESENCES, GUILD_MESSAGES, reactions, typing, MESSAGE_CONTENT:
  // every event of the load mix.
  private static final long INTENTS = 1 | 1 << 1 | 1 << 8 | 1 << 9 | 1 << 10 | 1 << 11 | 1 << 15;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String CEILING = "ceiling (inflate + tokens)";
  private static final String ONE_THREAD = "gloam parse, 1 thread";

  private GatewayThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args events per measured round (default 200,000), then measured rounds (default 3), then
   *     the clients to run (default {@code gloam,jda,d4j,raw}), then warm-up runs of half as many
   *     events per client (default 3: on two cores the JIT needs about that before rates settle)
   * @throws Exception if a testkit or a client fails
   */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int warmUp = Math.max(events / 2, 10_000);
    int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 3;

    List<Contender> contenders = new ArrayList<>();
    try {
      String only = args.length > 2 ? args[2] : "gloam,jda,d4j,raw";
      if (only.contains("gloam")) {
        contenders.add(new GloamContender());
      }
      if (only.contains("jda")) {
        contenders.add(new JdaContender());
      }
      if (only.contains("d4j")) {
        contenders.add(new Discord4jContender());
      }
      if (only.contains("raw")) {
        contenders.add(new RawContender());
      }
      for (Contender contender : contenders) {
        for (int run = 1; run <= warmUps; run++) {
          measure(contender, warmUp, "warm-up " + run);
        }
      }
      // Rounds interleave the clients, so that a machine that gets busier or quieter during the
      // run does not favour one of them.
      Map<String, double[]> results = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (Contender contender : contenders) {
          results.computeIfAbsent(contender.name(), k -> new double[rounds])[round] =
              measure(contender, events, "round " + (round + 1));
        }
      }
      results.putAll(offline(events, rounds));
      report(results, events);
    } finally {
      for (Contender contender : contenders) {
        try {
          contender.close();
        } catch (Exception e) {
          System.err.println(contender.name() + " did not close cleanly: " + e);
        }
      }
    }
    // JDA's and Reactor's non-daemon threads must not keep the process alive.
    System.exit(0);
  }

  private static double measure(Contender contender, int events, String label) throws Exception {
    settle();
    long nanos = contender.receive(events);
    double perSecond = events / (nanos / 1e9);
    System.out.printf(
        "%-28s %-8s %,9d events in %6.3f s = %,9.0f events/s%n",
        contender.name(), label, events, nanos / 1e9, perSecond);
    return perSecond;
  }

  /**
   * Collects the garbage the previous run left and waits until the JIT compilers have been idle for
   * half a second (at most 10 s), so that no client pays, on two cores, for the heap or the
   * compilations of the client measured before it.
   */
  private static void settle() throws InterruptedException {
    System.gc();
    System.gc();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long compiled = jit.getTotalCompilationTime();
    int quiet = 0;
    while (quiet < 2 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      long now = jit.getTotalCompilationTime();
      quiet = now == compiled ? quiet + 1 : 0;
      compiled = now;
    }
  }

  private static void report(Map<String, double[]> results, int events) {
    System.out.println();
    System.out.printf("events/s, %,d events per round, median of rounds%n", events);
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> entry : results.entrySet()) {
      double median = median(entry.getValue());
      medians.put(entry.getKey(), median);
      StringBuilder line = new StringBuilder(String.format("| %-28s |", entry.getKey()));
      for (double value : entry.getValue()) {
        line.append(String.format(" %,9.0f |", value));
      }
      line.append(String.format(" **%,9.0f** |", median));
      System.out.println(line);
    }
    double gloam = medians.getOrDefault(GloamContender.NAME, Double.NaN);
    double best =
        Math.max(
            medians.getOrDefault(JdaContender.NAME, Double.NaN),
            medians.getOrDefault(Discord4jContender.NAME, Double.NaN));
    double ceiling = medians.get(CEILING);
    System.out.printf(
        "gloam / max(JDA, Discord4J) = %.2f (target >= 2)%n"
            + "gloam / ceiling             = %.2f (target >= 0.5)%n"
            + "gloam / raw delivery        = %.2f%n",
        gloam / best, gloam / ceiling, gloam / medians.getOrDefault(RawContender.NAME, Double.NaN));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** A testkit with the same settings for every client: all privileged intents allowed. */
  private static OfflineDiscord testkit() {
    return OfflineDiscord.builder()
        .privilegedIntents(PrivilegedIntent.values())
        .identifyConcurrency(1, Duration.ZERO)
        .start();
  }

  /**
   * Starts a prepared load run of {@code events} (generated, numbered and compressed by the testkit
   * before any of it is written, see {@link LoadPlan#prepared()}) and returns the nanoseconds from
   * its release, when the testkit starts writing it all at once, to when the client has processed
   * them all. The client starts waiting before the release; the events simply arrive after it, so
   * the testkit's own work of making them is not in the time.
   */
  private static long timeRun(OfflineDiscord discord, int events, Runnable processAll) {
    return timeRun(discord, events, run -> processAll.run());
  }

  private static long timeRun(
      OfflineDiscord discord, int events, java.util.function.Consumer<LoadRun> processAll) {
    LoadRun run = discord.load().start(LoadPlan.events(events).prepared());
    processAll.accept(run);
    long end = System.nanoTime();
    if (!run.await(Duration.ofSeconds(30)) || run.sent() != events) {
      throw new IllegalStateException("the load run did not end as planned: " + run);
    }
    long releasedAt = run.releasedAtNanos();
    if (releasedAt == 0 || end - releasedAt <= 0) {
      throw new IllegalStateException("the load run was not released before the end: " + run);
    }
    return end - releasedAt;
  }

  /** Waits until a counter kept by another thread reaches a target. */
  private static void awaitCount(LongSupplier counter, long target, String name) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (counter.getAsLong() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            name + ": " + counter.getAsLong() + " of " + target + " after " + TIMEOUT);
      }
      LockSupport.parkNanos(100_000);
    }
  }

  /** Reads {@code events} dispatches from a raw client. */
  private static void readDispatches(RawGatewayClient client, int events) {
    try {
      for (int i = 0; i < events; i++) {
        client.readDispatch();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One client under test, connected to its own testkit. */
  private interface Contender extends AutoCloseable {
    String name();

    /** Has the testkit send {@code events} load events and returns the nanoseconds they took. */
    long receive(int events) throws Exception;

    @Override
    void close() throws IOException;
  }

  /** gloam's Shard, pulled on the calling thread. */
  private static final class GloamContender implements Contender {
    static final String NAME = "gloam";
    private final OfflineDiscord discord = testkit();
    private final Shard shard;

    GloamContender() {
      Config.Builder config =
          Config.builder(discord.botToken(), Intents.of(INTENTS)).gatewayUrl(discord.gatewayUrl());
      config.compression(dev.gloam.gateway.compression.Compression.ZLIB_STREAM);
      shard = Shard.create(ShardId.ONE, config.build());
      while (!(shard.nextEvent(EventTypeFlags.all()) instanceof GuildCreate)) {
        // READY first, then the guild.
      }
      discord.awaitSessions(1, Duration.ofSeconds(10));
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public long receive(int events) {
      return timeRun(
          discord,
          events,
          () -> {
            int seen = 0;
            while (seen < events) {
              Event event = shard.nextEvent(EventTypeFlags.all());
              if (event instanceof PresenceUpdate
                  || event instanceof TypingStart
                  || event instanceof MessageCreate
                  || event instanceof MessageReactionAdd
                  || event instanceof GuildMemberUpdate) {
                seen++;
              }
            }
          });
    }

    @Override
    public void close() {
      shard.close();
      discord.close();
    }
  }

  /**
   * JDA 6.5.0 as {@link JDABuilder#create} sets it up (zlib transport compression, every member
   * cached and chunked, every cache flag whose intent is on). JDA handles each dispatch on its
   * WebSocket thread and records its sequence number as its response total just before handling it,
   * so once the total has reached the last load event, JDA has handled all the ones before.
   */
  private static final class JdaContender implements Contender {
    static final String NAME = "JDA 6.5.0";
    private final OfflineDiscord discord = testkit();
    private final AtomicLong jdaEvents = new AtomicLong();
    private final JDA jda;

    JdaContender() throws InterruptedException {
      EventListener counter = event -> jdaEvents.incrementAndGet();
      jda =
          JdaAtTestkit.pointAt(
                  JDABuilder.create(
                          discord.botToken(),
                          EnumSet.of(
                              GatewayIntent.GUILD_MEMBERS,
                              GatewayIntent.GUILD_PRESENCES,
                              GatewayIntent.GUILD_MESSAGES,
                              GatewayIntent.GUILD_MESSAGE_REACTIONS,
                              GatewayIntent.GUILD_MESSAGE_TYPING,
                              GatewayIntent.MESSAGE_CONTENT))
                      .setCompression(Compression.ZLIB)
                      .addEventListeners(counter),
                  discord)
              .build();
      jda.awaitReady();
      discord.awaitSessions(1, Duration.ofSeconds(10));
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public long receive(int events) {
      long target = jda.getResponseTotal() + (long) events;
      long eventsBefore = jdaEvents.get();
      long nanos = timeRun(discord, events, () -> awaitCount(jda::getResponseTotal, target, NAME));
      System.out.printf(
          "  (JDA fired %,d events to its listeners for %,d dispatches)%n",
          jdaEvents.get() - eventsBefore, events);
      return nanos;
    }

    @Override
    public void close() {
      jda.shutdownNow();
      try {
        jda.awaitShutdown(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      discord.close();
    }
  }

  /**
   * Discord4J 3.3.1 with its defaults (gateway v9 with zlib-stream, the in-memory store of
   * everything); only the REST base URL is pointed at the testkit. Counts the events of the five
   * load types Discord4J publishes to its event dispatcher.
   */
  private static final class Discord4jContender implements Contender {
    static final String NAME = "Discord4J 3.3.1";
    private static final Map<String, LoadEvent> PUBLISHED =
        Map.of(
            "MessageCreateEvent", LoadEvent.MESSAGE_CREATE,
            "TypingStartEvent", LoadEvent.TYPING_START,
            "ReactionAddEvent", LoadEvent.MESSAGE_REACTION_ADD,
            "MemberUpdateEvent", LoadEvent.GUILD_MEMBER_UPDATE);
    private final OfflineDiscord discord = testkit();
    private final AtomicLong loadEvents = new AtomicLong();
    private final Map<String, AtomicLong> perType = new java.util.concurrent.ConcurrentHashMap<>();
    private final GatewayDiscordClient gateway;

    Discord4jContender() throws Exception {
      String restUrl = discord.restUrl().toString();
      DiscordClient client = Discord4jAtTestkit.client(discord.botToken(), restUrl);
      CompletableFuture<Void> guild = new CompletableFuture<>();
      gateway =
          client
              .gateway()
              .setEnabledIntents(
                  IntentSet.of(
                      Intent.GUILDS,
                      Intent.GUILD_MEMBERS,
                      Intent.GUILD_PRESENCES,
                      Intent.GUILD_MESSAGES,
                      Intent.GUILD_MESSAGE_REACTIONS,
                      Intent.GUILD_MESSAGE_TYPING,
                      Intent.MESSAGE_CONTENT))
              .withEventDispatcher(
                  events ->
                      Flux.merge(
                          events.on(GuildCreateEvent.class).doOnNext(e -> guild.complete(null)),
                          events.on(PresenceUpdateEvent.class).doOnNext(this::count),
                          events.on(TypingStartEvent.class).doOnNext(this::count),
                          events.on(MessageCreateEvent.class).doOnNext(this::count),
                          events.on(ReactionAddEvent.class).doOnNext(this::count),
                          events.on(MemberUpdateEvent.class).doOnNext(this::count)))
              .login()
              .block(TIMEOUT);
      guild.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      discord.awaitSessions(1, Duration.ofSeconds(10));
    }

    private void count(discord4j.core.event.domain.Event event) {
      perType
          .computeIfAbsent(event.getClass().getSimpleName(), k -> new AtomicLong())
          .incrementAndGet();
      loadEvents.incrementAndGet();
    }

    @Override
    public String name() {
      return NAME;
    }

    /**
     * Done when Discord4J's sequence number has reached the last load event (all received and
     * parsed) and it has published an event for every MESSAGE_CREATE, TYPING_START,
     * MESSAGE_REACTION_ADD and GUILD_MEMBER_UPDATE of the run (its handlers, which publish in
     * order, have caught up). PRESENCE_UPDATE is handled (the store is updated) but Discord4J
     * publishes a PresenceUpdateEvent only for some of them, so it cannot be counted.
     */
    @Override
    public long receive(int events) {
      GatewayClient client = gateway.getGatewayClient(0).orElseThrow();
      long sequenceTarget = client.getSequence() + (long) events;
      Map<String, Long> before = snapshot();
      try {
        return timeRun(
            discord,
            events,
            run -> {
              run.await(Duration.ofSeconds(60));
              for (Map.Entry<String, LoadEvent> type : PUBLISHED.entrySet()) {
                long target = before.getOrDefault(type.getKey(), 0L) + run.events(type.getValue());
                awaitCount(() -> published(type.getKey()), target, NAME + " " + type.getKey());
              }
              awaitCount(client::getSequence, sequenceTarget - 3, NAME + " sequence");
            });
      } finally {
        System.out.println("  (Discord4J events: " + perType + ")");
      }
    }

    private Map<String, Long> snapshot() {
      Map<String, Long> copy = new LinkedHashMap<>();
      perType.forEach((k, v) -> copy.put(k, v.get()));
      return copy;
    }

    private long published(String type) {
      AtomicLong count = perType.get(type);
      return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
      try {
        gateway.logout().block(Duration.ofSeconds(10));
      } catch (RuntimeException e) {
        // Discord4J 3.3.1 may fail its own close on loopback (see Discord4jInteropTest).
      }
      discord.close();
    }
  }

  /** The raw client: inflates every message and checks its sequence number, nothing more. */
  private static final class RawContender implements Contender {
    static final String NAME = "raw delivery (inflate only)";
    private final OfflineDiscord discord = testkit();
    private final RawGatewayClient client;

    RawContender() throws IOException {
      client = RawGatewayClient.connect(discord, INTENTS, false);
    }

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public long receive(int events) {
      return timeRun(discord, events, () -> readDispatches(client, events));
    }

    @Override
    public void close() throws IOException {
      client.close();
      discord.close();
    }
  }

  /**
   * Records the compressed frames of one load run on a fresh connection (from HELLO on, so that one
   * inflater can follow the stream), then times two offline passes over them, each with one warm-up
   * pass and {@code rounds} timed ones: the ceiling (inflate and a Jackson token pass over each
   * message) and gloam's own parse on one thread.
   */
  private static Map<String, double[]> offline(int events, int rounds) throws Exception {
    List<byte[]> frames;
    try (OfflineDiscord discord = testkit();
        RawGatewayClient client = RawGatewayClient.connect(discord, INTENTS, true)) {
      timeRun(discord, events, () -> readDispatches(client, events));
      frames = client.recorded();
      System.out.printf(
          "recorded %,d frames: %,d bytes compressed, %,d bytes of JSON (%.0f and %.0f per"
              + " event)%n",
          frames.size(),
          client.wireBytes(),
          client.jsonBytes(),
          client.wireBytes() / (double) events,
          client.jsonBytes() / (double) events);
    }
    Map<String, double[]> results = new LinkedHashMap<>();
    results.put(
        CEILING,
        offlineRounds(CEILING, "tokens", events, rounds, () -> inflateAndTokenize(frames)));
    results.put(
        ONE_THREAD,
        offlineRounds(ONE_THREAD, "events", events, rounds, () -> inflateAndParse(frames)));
    return results;
  }

  /** One warm-up pass, then {@code rounds} timed ones, of an offline pass over the frames. */
  private static double[] offlineRounds(
      String name, String unit, int events, int rounds, OfflinePass pass) throws Exception {
    double[] perSecond = new double[rounds];
    for (int round = -1; round < rounds; round++) {
      long start = System.nanoTime();
      long count = pass.run();
      long nanos = System.nanoTime() - start;
      double rate = events / (nanos / 1e9);
      if (round >= 0) {
        perSecond[round] = rate;
      }
      System.out.printf(
          "%-28s %-8s %,9d events in %6.3f s = %,9.0f events/s (%,d %s)%n",
          name,
          round < 0 ? "warm-up" : "round " + (round + 1),
          events,
          nanos / 1e9,
          rate,
          count,
          unit);
    }
    return perSecond;
  }

  /** An offline pass over the recorded frames that returns what it counted. */
  private interface OfflinePass {
    long run() throws Exception;
  }

  /**
   * What a shard does with each message, on one thread and without a network: inflate, read the
   * envelope, deserialize every event. Its rate is gloam's cost per event, free of the scheduling
   * of the threads and the testkit's writes that the live rows share the cores with.
   */
  private static long inflateAndParse(List<byte[]> frames) throws DataFormatException {
    return inflateEach(
        frames,
        (json, length) -> {
          // A shard keeps each message as its own array, as this does.
          byte[] message = Arrays.copyOf(json, length);
          PayloadHeader header = GatewayEventParser.header(message);
          return GatewayEventParser.event(message, header).isPresent() ? 1 : 0;
        });
  }

  private static long inflateAndTokenize(List<byte[]> frames) throws DataFormatException {
    return inflateEach(
        frames,
        (json, length) -> {
          long tokens = 0;
          try (JsonParser parser = ModelJson.mapper().createParser(json, 0, length)) {
            while (parser.nextToken() != null) {
              tokens++;
            }
          }
          return tokens;
        });
  }

  /** Reads one message from its first {@code length} bytes and says how much it counted. */
  private interface MessageCount {
    long count(byte[] json, int length);
  }

  /** Inflates the recorded frames with one inflater, as a connection does, and sums the counts. */
  private static long inflateEach(List<byte[]> frames, MessageCount count)
      throws DataFormatException {
    Inflater inflater = new Inflater();
    byte[] json = new byte[256 * 1024];
    long total = 0;
    try {
      for (byte[] frame : frames) {
        inflater.setInput(frame);
        int length = 0;
        while (true) {
          length += inflater.inflate(json, length, json.length - length);
          if (length == json.length) {
            json = Arrays.copyOf(json, json.length * 2);
          } else if (inflater.needsInput()) {
            break;
          }
        }
        total += count.count(json, length);
      }
    } finally {
      inflater.end();
    }
    return total;
  }
}
