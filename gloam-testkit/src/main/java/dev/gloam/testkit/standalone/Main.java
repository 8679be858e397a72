package dev.gloam.testkit.standalone;

import dev.gloam.testkit.OfflineDiscord;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the offline Discord on its own, for a bot written in any language: it prints the REST base
 * URL, the gateway URL and a bot token, then serves until the process is stopped.
 *
 * <pre>{@code
 * ./mvnw -q -Pserve -pl gloam-testkit -am verify -DskipTests -Dgloam.testkit.port=8790
 * java --module-path <jars> --module dev.gloam.testkit/dev.gloam.testkit.standalone.Main --port 8790
 * }</pre>
 *
 * <p>Options beyond the port set what many shards need (as the gateway scale benchmark does):
 * {@code --max-concurrency <n>} and {@code --identify-interval-ms <ms>} for the identify buckets,
 * {@code --session-start-limit <n>}, {@code --max-guilds-per-shard <n>}, {@code
 * --heartbeat-interval-ms <ms>}, and {@code --shard-guilds <shards>}, which adds one guild on each
 * of that many shards, so that every shard of a bot with that shard count receives a GUILD_CREATE.
 */
public final class Main {
  private static final String USAGE =
      "usage: Main [--port <0-65535>] [--max-concurrency <n>] [--identify-interval-ms <ms>]"
          + " [--session-start-limit <n>] [--max-guilds-per-shard <n>]"
          + " [--heartbeat-interval-ms <ms>] [--shard-guilds <shards>]";

  private Main() {}

  /**
   * Starts the servers, prints how to reach them and waits until the process is stopped (Ctrl+C).
   *
   * @param args {@code --port <n>} for the REST port (default: any free port), and the options in
   *     the class description
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    OfflineDiscord discord;
    try {
      discord = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(discord::close));
    new CountDownLatch(1).await();
  }

  /**
   * Starts an offline Discord as the command line asks and prints how a bot reaches it.
   *
   * @param args the command line
   * @param out where the description goes
   * @return the running instance
   * @throws IllegalArgumentException if the command line is not understood
   */
  static OfflineDiscord start(String[] args, PrintStream out) {
    Options options = options(args);
    OfflineDiscord.Builder builder = OfflineDiscord.builder().restPort(options.port());
    if (options.maxConcurrency() != null || options.identifyInterval() != null) {
      builder.identifyConcurrency(
          options.maxConcurrency() == null ? 1 : options.maxConcurrency(),
          options.identifyInterval() == null ? Duration.ofSeconds(5) : options.identifyInterval());
    }
    if (options.sessionStartLimit() != null) {
      builder.sessionStartLimit(options.sessionStartLimit());
    }
    if (options.maxGuildsPerShard() != null) {
      builder.maxGuildsPerShard(options.maxGuildsPerShard());
    }
    if (options.heartbeatInterval() != null) {
      builder.heartbeatInterval(options.heartbeatInterval());
    }
    OfflineDiscord discord = builder.start();
    for (int shard = 0; shard < options.shardGuilds(); shard++) {
      discord
          .newGuild("shard " + shard + " guild")
          .textChannel("general")
          .onShard(shard, options.shardGuilds())
          .withoutEvents()
          .create();
    }
    out.println("gloam testkit: an offline Discord on 127.0.0.1");
    out.println("  REST base URL  " + discord.restUrl());
    out.println("  Gateway URL    " + discord.gatewayUrl() + "  (also from GET /gateway)");
    // Printing the token is the point here: it is made up, and only this server accepts it.
    out.println("  Bot token      " + discord.botToken());
    out.println("  Bot user id    " + Long.toUnsignedString(discord.botUserId()));
    out.println("  Application id " + Long.toUnsignedString(discord.applicationId()));
    out.println(
        "  Guild "
            + Long.toUnsignedString(discord.guildId())
            + " with text channel "
            + Long.toUnsignedString(discord.channelId()));
    if (options.shardGuilds() > 0) {
      out.println("  One more guild on each of " + options.shardGuilds() + " shards");
    }
    out.println("Stop with Ctrl+C.");
    out.flush();
    return discord;
  }

  /**
   * What the command line asks for; a null setting keeps the testkit's default.
   *
   * @param port the REST port, 0 for any free one
   * @param maxConcurrency the number of identify buckets
   * @param identifyInterval the wait between IDENTIFYs within a bucket
   * @param sessionStartLimit the session starts per day
   * @param maxGuildsPerShard the guild limit per shard
   * @param heartbeatInterval the heartbeat interval announced in HELLO
   * @param shardGuilds how many shards get one extra guild each, 0 for none
   */
  record Options(
      int port,
      Integer maxConcurrency,
      Duration identifyInterval,
      Integer sessionStartLimit,
      Integer maxGuildsPerShard,
      Duration heartbeatInterval,
      int shardGuilds) {}

  static Options options(String[] args) {
    int port = 0;
    Integer maxConcurrency = null;
    Duration identifyInterval = null;
    Integer sessionStartLimit = null;
    Integer maxGuildsPerShard = null;
    Duration heartbeatInterval = null;
    int shardGuilds = 0;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--port" -> port = number(args, ++i, option, 0, 65_535);
        case "--max-concurrency" ->
            maxConcurrency = number(args, ++i, option, 1, Integer.MAX_VALUE);
        case "--identify-interval-ms" ->
            identifyInterval = Duration.ofMillis(number(args, ++i, option, 0, Integer.MAX_VALUE));
        case "--session-start-limit" ->
            sessionStartLimit = number(args, ++i, option, 0, Integer.MAX_VALUE);
        case "--max-guilds-per-shard" ->
            maxGuildsPerShard = number(args, ++i, option, 1, Integer.MAX_VALUE);
        case "--heartbeat-interval-ms" ->
            heartbeatInterval = Duration.ofMillis(number(args, ++i, option, 1, Integer.MAX_VALUE));
        case "--shard-guilds" -> shardGuilds = number(args, ++i, option, 0, 1024);
        default -> throw new IllegalArgumentException("unknown argument: " + option);
      }
    }
    return new Options(
        port,
        maxConcurrency,
        identifyInterval,
        sessionStartLimit,
        maxGuildsPerShard,
        heartbeatInterval,
        shardGuilds);
  }

  static int port(String[] args) {
    return options(args).port();
  }

  private static int number(String[] args, int at, String option, int min, int max) {
    if (at >= args.length) {
      throw new IllegalArgumentException(option + " needs a number");
    }
    int value;
    try {
      value = Integer.parseInt(args[at]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not " + args[at]);
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          option + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }
}
