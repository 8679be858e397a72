package dev.gloam.benchmarks;

import dev.gloam.model.json.ModelJson;
import dev.gloam.testkit.GuildBuilder;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.Permission;
import dev.gloam.testkit.PrivilegedIntent;
import dev.gloam.testkit.WireEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures what a client's cache costs to fill and to keep: the retained heap and the ingest time
 * of gloam ({@code InMemoryCache} fed by a {@code Shard}), JDA 6.5.0 (full member cache) and
 * Discord4J 3.3.1 (its default store) for the same world of 1,000 guilds and 100,000 members with
 * roles, channels, emojis and presences. Not a JMH benchmark: run by hand (see docs/benchmarks.md).
 *
 * <pre>{@code
 * java -Xmx2g -cp "$(cat gloam-benchmarks/target/classpath.txt):gloam-benchmarks/target/classes" \
 *     dev.gloam.benchmarks.CacheMemory 3
 * }</pre>
 *
 * <p>This process runs the testkit and builds the world: 1,000 guilds on shard 0 of 1, each with 98
 * members besides the owner (the human) and the bot, so 100 members each; 10 roles, of which every
 * member has one to three; 20 channels (3 categories, 12 text and 5 voice channels); 10 custom
 * emojis; and 19 members online, which with the bot makes 20 presences per guild (20 %). The
 * testkit's own default guild (the human and the bot, one channel) is there too.
 *
 * <p>Each client then runs in a child JVM of its own ({@link CacheMemoryChild}), started with the
 * same flags for every client ({@code -Xmx2g -XX:+UseG1GC} unless the system property {@code
 * cachememory.jvm} sets others), so that its heap holds the client and nothing else. The child
 * collects garbage until its used heap is stable, starts the client, waits until the client's cache
 * holds every guild, every member and every online member's presence, collects garbage again and
 * reports the difference. Rounds interleave the clients, so a machine that gets busier during the
 * run favours none; the report has the median of the rounds.
 */
public final class CacheMemory {

  /** Guilds the world is built with, besides the testkit's default guild. */
  static final int GUILDS = 1000;

  /** Members each built guild is given besides the owner and the bot. */
  static final int MEMBERS_PER_GUILD = 98;

  /** Members of each built guild who are online; the bot is online too. */
  static final int ONLINE_PER_GUILD = 19;

  /** Roles of each built guild, besides {@code @everyone} and the bot's managed role. */
  static final int ROLES = 10;

  /** Custom emojis of each built guild. */
  static final int EMOJIS = 10;

  /** GUILDS, GUILD_MEMBERS, GUILD_EXPRESSIONS, GUILD_VOICE_STATES and GUILD_PRESENCES. */
  static final long INTENTS = 1 | 1 << 1 | 1 << 3 | 1 << 7 | 1 << 8;

  /** The line a child prints its result on, followed by one JSON object. */
  static final String RESULT = "CACHE_MEMORY_RESULT ";

  private static final List<String> DEFAULT_CLIENTS = List.of("gloam", "jda", "d4j");
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(10);

  private CacheMemory() {}

  /**
   * Runs the measurement.
   *
   * @param args rounds (default 3), then the clients to run, comma separated (default {@code
   *     gloam,jda,d4j})
   * @throws Exception if the testkit, a child or a client fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<String> clients = args.length > 1 ? List.of(args[1].split(",")) : DEFAULT_CLIENTS;
    List<String> jvmFlags =
        List.of(System.getProperty("cachememory.jvm", "-Xmx2g -XX:+UseG1GC").trim().split("\\s+"));

    try (OfflineDiscord discord =
        OfflineDiscord.builder()
            .privilegedIntents(PrivilegedIntent.values())
            .identifyConcurrency(1, Duration.ZERO)
            .sessionStartLimit(100_000)
            // Every child starts a session that is never resumed: keep only a few dispatches of
            // each.
            .resumeBufferSize(16)
            .start()) {
      long buildStart = System.nanoTime();
      World world = build(discord);
      System.out.printf(
          "world: %,d guilds, %,d members (%,d users), %,d online besides the bot, built in %.1f"
              + " s%n",
          world.guilds(),
          world.members(),
          world.users(),
          world.online(),
          (System.nanoTime() - buildStart) / 1e9);
      warmUp(discord, world);
      WireCounts.watch(discord);

      Map<String, List<JsonNode>> results = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        for (String client : clients) {
          settle();
          WireCounts wire = WireCounts.startCounting();
          JsonNode result = runChild(client, discord, world, jvmFlags);
          ((ObjectNode) result).put("wire", wire.stop());
          results.computeIfAbsent(client, k -> new ArrayList<>()).add(result);
          System.out.printf(
              "%-16s round %d: retained %,8.1f MiB, ingest %6.2f s; holds %,d guilds, %,d members,"
                  + " %,d presences, %,d users%n",
              name(client),
              round,
              result.path("retainedBytes").asLong() / 1048576.0,
              result.path("ingestNanos").asLong() / 1e9,
              result.path("guilds").asLong(),
              result.path("members").asLong(),
              result.path("presences").asLong(),
              result.path("users").asLong());
        }
      }
      report(results, jvmFlags);
    }
  }

  /**
   * What one child's client sent and was sent over the gateway, as the testkit's wire log shows it:
   * the intents and {@code large_threshold} of its IDENTIFY, how many REQUEST_GUILD_MEMBERS it sent
   * (chunking) and how many GUILD_MEMBERS_CHUNK came back.
   */
  static final class WireCounts {
    private static final AtomicReference<WireCounts> CURRENT = new AtomicReference<>();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger memberRequests = new AtomicInteger();
    private final AtomicInteger chunks = new AtomicInteger();
    private final AtomicInteger guildCreates = new AtomicInteger();
    private volatile String identify = "no IDENTIFY";

    static void watch(OfflineDiscord discord) {
      discord.onWire(
          event -> {
            WireCounts counts = CURRENT.get();
            if (counts == null || event.transport() != WireEvent.Transport.GATEWAY) {
              return;
            }
            String summary = event.summary();
            if (event.direction() == WireEvent.Direction.TO_DISCORD) {
              if (summary.startsWith("IDENTIFY")) {
                counts.identifies.incrementAndGet();
                JsonNode d = ModelJson.mapper().readTree(event.body()).path("d");
                counts.identify =
                    "IDENTIFY intents "
                        + d.path("intents").asString()
                        + ", large_threshold "
                        + d.path("large_threshold").asString("(none: 50)");
              } else if (summary.startsWith("REQUEST_GUILD_MEMBERS")) {
                counts.memberRequests.incrementAndGet();
              }
            } else if (summary.startsWith("GUILD_MEMBERS_CHUNK")) {
              counts.chunks.incrementAndGet();
            } else if (summary.startsWith("GUILD_CREATE")) {
              counts.guildCreates.incrementAndGet();
            }
          });
    }

    static WireCounts startCounting() {
      WireCounts counts = new WireCounts();
      CURRENT.set(counts);
      return counts;
    }

    String stop() {
      CURRENT.compareAndSet(this, null);
      return String.format(
          Locale.ROOT,
          "%s (%d sessions), %,d GUILD_CREATE, %,d REQUEST_GUILD_MEMBERS, %,d GUILD_MEMBERS_CHUNK",
          identify,
          identifies.get(),
          guildCreates.get(),
          memberRequests.get(),
          chunks.get());
    }
  }

  /** What the world holds, as every client should end up holding it. */
  record World(long guilds, long members, long users, long online) {}

  /** Builds the 1,000 guilds. */
  static World build(OfflineDiscord discord) {
    int user = 0;
    for (int g = 1; g <= GUILDS; g++) {
      GuildBuilder guild = discord.newGuild("guild " + g).onShard(0, 1).withoutEvents();
      for (int r = 1; r <= ROLES; r++) {
        guild.role(
            "role " + r,
            r == ROLES
                ? Permission.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)
                : Permission.of(Permission.SEND_MESSAGES, Permission.VIEW_CHANNEL));
      }
      guild.category("Text").category("Voice").category("Archive");
      for (int c = 1; c <= 12; c++) {
        guild.textChannel("text-" + c, c <= 8 ? "Text" : "Archive");
      }
      for (int c = 1; c <= 5; c++) {
        guild.voiceChannel("Voice " + c, "Voice");
      }
      for (int m = 0; m < MEMBERS_PER_GUILD; m++) {
        user++;
        // One to three distinct roles per member.
        int first = m % ROLES;
        int count = 1 + m % 3;
        String[] roles = new String[count];
        for (int k = 0; k < count; k++) {
          roles[k] = "role " + (1 + (first + k * 3) % ROLES);
        }
        guild.member("user" + user, roles);
      }
      guild.onlineMembers(ONLINE_PER_GUILD).emojis(EMOJIS).create();
    }
    // The testkit's default guild holds the owner and the bot: 2 members more.
    long guilds = GUILDS + 1L;
    long members = (long) GUILDS * (MEMBERS_PER_GUILD + 2) + 2;
    return new World(guilds, members, user + 2L, (long) GUILDS * ONLINE_PER_GUILD);
  }

  /**
   * Serves the whole world twice to a bare connection before any client runs, so that the testkit's
   * code for GUILD_CREATE is compiled by the time the first child connects and no client pays for a
   * cold testkit.
   */
  private static void warmUp(OfflineDiscord discord, World world) throws IOException {
    for (int pass = 0; pass < 2; pass++) {
      long start = System.nanoTime();
      try (RawGatewayClient raw = RawGatewayClient.connect(discord, INTENTS, true, false, 250)) {
        for (long i = 1; i < world.guilds(); i++) {
          raw.readDispatch();
        }
      }
      System.out.printf(
          "testkit warm-up %d: %,d GUILD_CREATEs read in %.2f s%n",
          pass + 1, world.guilds(), (System.nanoTime() - start) / 1e9);
    }
  }

  /** Lets the testkit's garbage go before a child starts, so the child does not wait on it. */
  private static void settle() throws InterruptedException {
    System.gc();
    Thread.sleep(500);
  }

  /** Runs one client in a child JVM and returns its result line's JSON. */
  private static JsonNode runChild(
      String client, OfflineDiscord discord, World world, List<String> jvmFlags)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CacheMemoryChild.class.getName());
    command.addAll(
        List.of(
            client,
            discord.restUrl().toString(),
            discord.gatewayUrl().toString(),
            Long.toString(world.guilds()),
            Long.toString(world.members()),
            Long.toString(world.online())));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The token goes through the environment, not the command line that ps shows.
    builder.environment().put(CacheMemoryChild.TOKEN_VARIABLE, discord.botToken());
    Process process = builder.start();
    JsonNode result = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(RESULT)) {
          result = ModelJson.mapper().readTree(line.substring(RESULT.length()));
        } else {
          System.out.println("  [" + client + "] " + line);
        }
      }
    } finally {
      if (!process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    if (result == null) {
      throw new IllegalStateException(
          client + ": the child JVM ended (exit " + process.exitValue() + ") without a result");
    }
    return result;
  }

  static String name(String client) {
    return switch (client) {
      case "gloam" -> "gloam";
      case "jda" -> "JDA 6.5.0";
      case "d4j" -> "Discord4J 3.3.1";
      default -> client;
    };
  }

  private static void report(Map<String, List<JsonNode>> results, List<String> jvmFlags) {
    System.out.println();
    System.out.printf(
        "retained heap and ingest time, child JVMs with %s, median of %d rounds%n",
        String.join(" ", jvmFlags), results.values().iterator().next().size());
    System.out.println(
        "| client | retained heap | bytes per member | ingest time | guilds | members | presences"
            + " | users | what it did |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    Map<String, double[]> medians = new LinkedHashMap<>();
    for (Map.Entry<String, List<JsonNode>> entry : results.entrySet()) {
      List<JsonNode> runs = entry.getValue();
      double retained = median(runs, "retainedBytes");
      double ingest = median(runs, "ingestNanos") / 1e9;
      JsonNode last = runs.getLast();
      double perMember = retained / last.path("members").asLong();
      medians.put(entry.getKey(), new double[] {retained, ingest});
      System.out.printf(
          Locale.ROOT,
          "| %s | %,.1f MiB | %,.0f | %.2f s | %,d | %,d | %,d | %,d | %s |%n",
          name(entry.getKey()),
          retained / 1048576.0,
          perMember,
          ingest,
          last.path("guilds").asLong(),
          last.path("members").asLong(),
          last.path("presences").asLong(),
          last.path("users").asLong(),
          last.path("notes").asString() + "; " + last.path("wire").asString());
      System.out.printf(
          Locale.ROOT,
          "  rounds: retained %s MiB, ingest %s s%n",
          values(runs, "retainedBytes", 1048576.0, "%.1f"),
          values(runs, "ingestNanos", 1e9, "%.2f"));
    }
    double[] gloam = medians.get("gloam");
    double[] jda = medians.get("jda");
    double[] d4j = medians.get("d4j");
    if (gloam != null && jda != null && d4j != null) {
      double smaller = Math.min(jda[0], d4j[0]);
      System.out.printf(
          Locale.ROOT,
          "gloam retained / min(JDA, Discord4J) = %.3f (target <= 0.333)%n"
              + "gloam ingest / JDA = %.2f, gloam ingest / Discord4J = %.2f (target <= 1 for"
              + " both)%n"
              + "gloam bytes per member = %,.0f (retained / 100,000: %,.0f)%n",
          gloam[0] / smaller,
          gloam[1] / jda[1],
          gloam[1] / d4j[1],
          gloam[0] / results.get("gloam").getLast().path("members").asLong(),
          gloam[0] / 100_000);
    }
  }

  private static double median(List<JsonNode> runs, String field) {
    double[] values = runs.stream().mapToDouble(run -> run.path(field).asDouble()).toArray();
    Arrays.sort(values);
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  private static String values(List<JsonNode> runs, String field, double unit, String format) {
    return String.join(
        ", ",
        runs.stream()
            .map(run -> String.format(Locale.ROOT, format, run.path(field).asDouble() / unit))
            .toList());
  }
}
