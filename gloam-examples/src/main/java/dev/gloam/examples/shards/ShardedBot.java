package dev.gloam.examples.shards;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Session;
import dev.gloam.gateway.Shard;
import dev.gloam.gateway.ShardEvent;
import dev.gloam.gateway.ShardGroup;
import dev.gloam.gateway.ShardStats;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.gateway.queue.SessionStartLimit;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot on several shards in one process: a {@link ShardGroup} of two shards pulled as one loop of
 * {@link ShardEvent}s, answering {@code !ping} with the number of the shard that saw it.
 *
 * <p>It also shows a restart that loses no event: the bot saves each shard's {@link Session},
 * closes the shards with close code 4000 (which keeps the sessions resumable), and a new set of
 * shards {@linkplain Shard#resume resumes} them, so Discord replays what was sent in between.
 *
 * <p>With {@code DISCORD_TOKEN} set it runs every shard Discord recommends until stopped. Without
 * it, it starts an offline Discord from gloam-testkit with a guild on each of the two shards, and
 * prints what happens.
 */
public final class ShardedBot {
  private static final Logger LOG = LoggerFactory.getLogger(ShardedBot.class);
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT);
  private static final EventTypeFlags WANTED =
      EventTypeFlags.of(EventType.READY, EventType.MESSAGE_CREATE);
  private static final int SHARDS = 2;
  private static final Duration WAIT = Duration.ofSeconds(30);

  private ShardedBot() {}

  /**
   * Runs the bot: against Discord if {@code DISCORD_TOKEN} is set, else the offline demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String token = System.getenv("DISCORD_TOKEN");
    if (token != null && !token.isBlank()) {
      runAgainstDiscord(token);
      return;
    }
    try {
      runOffline(System.out);
    } catch (RuntimeException e) {
      System.err.println("The demo failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Answers {@code !ping} with the number of the shard that received it.
   *
   * @param item the event and its shard
   * @param http the REST client to answer with
   */
  public static void handle(ShardEvent item, Client http) {
    switch (item.event()) {
      case MessageCreate m when m.content().equals("!ping") ->
          http.createMessage(m.channelId())
              .content("Pong from shard " + item.shard().number())
              .send();
      case Ready r -> LOG.info("shard {} is ready as {}", item.shard(), r.user().username());
      default -> {}
    }
  }

  /**
   * Pulls the events of every shard of the group as one loop until every shard has ended (or the
   * pulling thread is interrupted), handling each event on a virtual thread of its own.
   *
   * @param group the shards
   * @param http the REST client handlers answer with
   */
  public static void serve(ShardGroup group, Client http) {
    for (ShardEvent item : group.events(WANTED)) {
      Thread.startVirtualThread(() -> handleQuietly(item, http));
    }
  }

  /**
   * Pulls the events of one shard until it ends, handling each on a virtual thread of its own.
   *
   * @param shard the shard
   * @param http the REST client handlers answer with
   */
  public static void serve(Shard shard, Client http) {
    for (Event event : shard.events(WANTED)) {
      ShardEvent item = new ShardEvent(shard.id(), event);
      Thread.startVirtualThread(() -> handleQuietly(item, http));
    }
    shard
        .fatalError()
        .ifPresent(e -> LOG.error("shard {} stopped: {}", shard.id(), e.getMessage()));
  }

  private static void handleQuietly(ShardEvent item, Client http) {
    try {
      handle(item, http);
    } catch (HttpException e) {
      LOG.warn("could not answer: {}", e.getMessage());
    }
  }

  /**
   * Prints one line per shard: its state, heartbeat latency, traffic and sessions.
   *
   * @param out where to print
   * @param stats the shards' stats
   */
  public static void printStats(PrintStream out, List<ShardStats> stats) {
    for (ShardStats s : stats) {
      out.printf(
          "  shard %d: %s, latency %s, %d dispatches, %d identified, %d resumed,"
              + " %d duplicates dropped, %d commands free now, compression ratio %.1f%n",
          s.shard().number(),
          s.state(),
          s.averageLatency().map(d -> d.toMillis() + " ms").orElse("not measured yet"),
          s.dispatches(),
          s.identifies(),
          s.resumes(),
          s.duplicatesDropped(),
          s.commandsAvailable(),
          s.compressionRatio());
    }
  }

  /**
   * An identify queue sized by Discord's answer to {@code GET /gateway/bot}: its {@code
   * max_concurrency} and what is left of the daily session start limit.
   *
   * @param info the answer of {@code GET /gateway/bot}
   * @return the queue; the caller closes it
   */
  public static InMemoryIdentifyQueue identifyQueue(BotConnectionInfo info) {
    var limit = info.sessionStartLimit();
    return InMemoryIdentifyQueue.builder()
        .sessionStartLimit(
            new SessionStartLimit(
                limit.total(),
                limit.remaining(),
                Duration.ofMillis(limit.resetAfter()),
                limit.maxConcurrency()))
        .build();
  }

  /**
   * Runs the offline demo: two shards answer a {@code !ping} each, then restart by saving their
   * sessions and resuming them, and answer the {@code !ping}s said while they were down.
   *
   * @param out where the story goes
   * @return the bot's answers as the offline Discord recorded them, in the order they were awaited
   * @throws RuntimeException if the bot does not answer in time
   */
  public static List<RecordedMessage> runOffline(PrintStream out) {
    List<RecordedMessage> pongs = new ArrayList<>();
    // Two identify buckets: both shards identify at once instead of five seconds apart.
    try (OfflineDiscord discord =
            OfflineDiscord.builder()
                .identifyConcurrency(SHARDS, Duration.ofSeconds(5))
                .heartbeatInterval(Duration.ofSeconds(1))
                .start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      out.println(
          "gloam sharding demo: no DISCORD_TOKEN set, so the bot talks to an offline Discord");
      long[] channels = new long[SHARDS];
      for (int n = 0; n < SHARDS; n++) {
        channels[n] =
            discord
                .newGuild("guild on shard " + n)
                .textChannel("general")
                .onShard(n, SHARDS)
                .create()
                .channelId("general");
      }
      BotConnectionInfo info = http.gatewayBot().send().model();
      try (InMemoryIdentifyQueue queue = identifyQueue(info)) {
        Config config =
            Config.builder(discord.botToken(), INTENTS)
                .gatewayUrl(URI.create(info.url()))
                .identifyQueue(queue)
                .build();
        out.println("  " + config);
        Map<ShardId, Session> saved = new TreeMap<>(ShardedBot::compare);

        // 1. Both shards in one group, pulled as one loop.
        try (ShardGroup group = ShardGroup.range(0, SHARDS, SHARDS, config)) {
          Thread loop = Thread.ofVirtual().name("sharded-bot").start(() -> serve(group, http));
          discord.awaitSessions(SHARDS, WAIT);
          out.println();
          out.println("Both shards are ready; the human says !ping in a guild of each:");
          for (int n = 0; n < SHARDS; n++) {
            pongs.add(ping(discord, channels[n], n, out));
          }
          out.println();
          out.println("Stats:");
          printStats(out, group.stats());

          // 2. A restart: stop handling events, save every session, and close with a code other
          // than 1000/1001 so that Discord keeps the sessions for a resume.
          loop.interrupt();
          join(loop);
          for (Shard shard : group.shards()) {
            saved.put(shard.id(), shard.session().orElseThrow());
            shard.close(4000);
          }
        }
        out.println();
        out.println("The shards closed with 4000 and saved their sessions:");
        saved.forEach(
            (id, session) ->
                out.println(
                    "  shard "
                        + id.number()
                        + ": sequence "
                        + session.sequence()
                        + ", resume at "
                        + session.resumeUrl()));

        // 3. Meanwhile the human says !ping again; Discord keeps it for the sessions.
        long[] missed = new long[SHARDS];
        for (int n = 0; n < SHARDS; n++) {
          missed[n] = discord.humanSays(channels[n], "!ping");
        }
        out.println();
        out.println("While the bot was down the human said !ping twice; the shards resume:");

        // 4. The next run resumes each session instead of identifying, and gets the missed events.
        List<Shard> resumed = new ArrayList<>();
        List<Thread> loops = new ArrayList<>();
        try {
          saved.forEach((id, session) -> resumed.add(Shard.resume(id, config, session)));
          for (Shard shard : resumed) {
            loops.add(Thread.ofVirtual().start(() -> serve(shard, http)));
          }
          for (int n = 0; n < SHARDS; n++) {
            long after = missed[n];
            int shard = n;
            RecordedMessage pong =
                discord.awaitMessage(
                    m ->
                        m.authorId() == discord.botUserId()
                            && m.channelId() == channels[shard]
                            && m.id() > after,
                    WAIT);
            out.println("  shard " + n + " answered the missed !ping: " + pong.content());
            pongs.add(pong);
          }
          out.println();
          out.println("Stats of the resumed shards:");
          printStats(out, resumed.stream().map(Shard::stats).toList());
        } finally {
          resumed.forEach(Shard::close);
          loops.forEach(ShardedBot::join);
        }
      }
      out.println();
      out.println("Done.");
      return pongs;
    }
  }

  private static RecordedMessage ping(
      OfflineDiscord discord, long channel, int shard, PrintStream out) {
    long ping = discord.humanSays(channel, "!ping");
    RecordedMessage pong =
        discord.awaitMessage(
            m -> m.authorId() == discord.botUserId() && m.channelId() == channel && m.id() > ping,
            WAIT);
    out.println("  guild on shard " + shard + ": \"" + pong.content() + "\"");
    return pong;
  }

  private static int compare(ShardId a, ShardId b) {
    return Integer.compare(a.number(), b.number());
  }

  private static void runAgainstDiscord(String token) {
    try (Client http = Client.create(token)) {
      BotConnectionInfo info = http.gatewayBot().send().model();
      // The group sizes its identify queue by the answer's session start limit itself.
      try (ShardGroup group =
          ShardGroup.recommended(info, Config.builder(token, INTENTS).build())) {
        LOG.info("running {} shards", group.shards().size());
        serve(group, http);
      }
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join(WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
