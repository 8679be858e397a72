package dev.gloam.benchmarks;

import dev.gloam.http.Client;
import dev.gloam.http.ratelimiting.InMemoryRateLimiter;
import dev.gloam.http.ratelimiting.RateLimiter;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.cache.CacheFlag;

/**
 * Measures REST requests per second end to end against the testkit with its rate limits out of the
 * way (reported in the headers, but a million per second, and never enforced): the same calls made
 * by gloam's client and by JDA 6.5.0, in the same JVM, one after the other. The call is Create
 * Message (a JSON body out, a message parsed back), spread over 20 channels with one request in
 * flight per channel, which is how JDA sends (one request at a time per bucket). gloam runs twice:
 * with {@link RateLimiter#unlimited()} and with the in-memory rate limiter (its global limit
 * raised, so that the figure shows the limiter's cost and not Discord's 50 per second). Not a JMH
 * benchmark: a side-by-side figure, run by hand (see docs/benchmarks.md).
 *
 * <pre>{@code
 * java -cp "$(cat gloam-benchmarks/target/classpath.txt):gloam-benchmarks/target/classes" \
 *     dev.gloam.benchmarks.RestThroughput 20000 3
 * }</pre>
 */
public final class RestThroughput {
  private static final int CHANNELS = 20;
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private RestThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args requests per measured run (default 20,000), then measured runs per client (default
   *     3)
   * @throws Exception if the testkit or a client fails
   */
  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    // Limits so high that no client ever waits: the headers are there (so JDA's and gloam's
    // limiters do their bookkeeping), but what is measured is the cost of a request, not a wait.
    RateLimits open =
        RateLimits.builder()
            .enforced(false)
            .route("POST /channels/{channel.id}/messages", 1_000_000, Duration.ofSeconds(1))
            .globalLimit(1_000_000, Duration.ofSeconds(1))
            .build();
    try (OfflineDiscord discord = OfflineDiscord.builder().rateLimits(open).start()) {
      long[] channels = new long[CHANNELS];
      for (int i = 0; i < CHANNELS; i++) {
        channels[i] = discord.addChannel(discord.guildId(), "bench-" + i, GuildChannelType.TEXT);
      }
      for (boolean limited : new boolean[] {false, true}) {
        Client.Builder builder =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl());
        // The in-memory limiter's global limit is raised far above what the machine can send, so
        // that the run measures what the limiter costs rather than Discord's 50 per second.
        InMemoryRateLimiter inMemory =
            limited
                ? InMemoryRateLimiter.builder()
                    .globalLimit(1_000_000, Duration.ofSeconds(1))
                    .build()
                : null;
        builder.rateLimiter(limited ? inMemory : RateLimiter.unlimited());
        try (Client client = builder.build()) {
          String name = limited ? "gloam (in-memory limiter)" : "gloam (limiter off)";
          run(name, requests / 4, "warm-up", () -> gloam(client, channels, requests / 4));
          for (int i = 1; i <= runs; i++) {
            run(name, requests, "run " + i, () -> gloam(client, channels, requests));
          }
        } finally {
          if (inMemory != null) {
            inMemory.close();
          }
        }
      }
      JDA jda = jda(discord);
      try {
        List<TextChannel> textChannels = new ArrayList<>();
        for (long id : channels) {
          textChannels.add(jda.getTextChannelById(id));
        }
        run("JDA 6.5.0", requests / 4, "warm-up", () -> jda(textChannels, requests / 4));
        for (int i = 1; i <= runs; i++) {
          run("JDA 6.5.0", requests, "run " + i, () -> jda(textChannels, requests));
        }
      } finally {
        jda.shutdownNow();
        jda.awaitShutdown(TIMEOUT);
      }
    }
  }

  /** A measured block of work that returns how many messages came back. */
  private interface Work {
    long call() throws Exception;
  }

  private static void run(String name, int requests, String label, Work work) throws Exception {
    long start = System.nanoTime();
    long answered = work.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (answered != requests) {
      throw new IllegalStateException(name + ": " + answered + " of " + requests + " answered");
    }
    System.out.printf(
        "%-26s %-8s %,8d requests in %6.2f s = %,9.0f requests/s%n",
        name, label, requests, seconds, requests / seconds);
  }

  private static long gloam(Client client, long[] channels, int requests) throws Exception {
    AtomicLong answered = new AtomicLong();
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < channels.length; c++) {
      Id<dev.gloam.model.id.marker.ChannelMarker> channel = Id.of(channels[c]);
      int share = requests / channels.length + (c < requests % channels.length ? 1 : 0);
      senders.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = 0; i < share; i++) {
                      Message sent =
                          client.createMessage(channel).content("bench " + i).send().model();
                      if (sent.channelId().equals(channel)) {
                        answered.incrementAndGet();
                      }
                    }
                  }));
    }
    for (Thread sender : senders) {
      sender.join(TIMEOUT);
    }
    return answered.get();
  }

  private static long jda(List<TextChannel> channels, int requests) throws Exception {
    List<CompletableFuture<net.dv8tion.jda.api.entities.Message>> sent = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      TextChannel channel = channels.get(i % channels.size());
      sent.add(channel.sendMessage("bench " + i).submit());
    }
    long answered = 0;
    for (int i = 0; i < sent.size(); i++) {
      net.dv8tion.jda.api.entities.Message message =
          sent.get(i).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (message.getChannelIdLong() == channels.get(i % channels.size()).getIdLong()) {
        answered++;
      }
    }
    return answered;
  }

  private static JDA jda(OfflineDiscord discord) throws InterruptedException {
    // No intent beyond GUILDS: JDA needs the channels in its cache, and without GUILD_MESSAGES the
    // testkit does not also send it a MESSAGE_CREATE per request, which gloam's runs do not get.
    JDA jda =
        JdaAtTestkit.pointAt(
                JDABuilder.create(discord.botToken(), EnumSet.noneOf(GatewayIntent.class))
                    .disableCache(EnumSet.allOf(CacheFlag.class)),
                discord)
            .build();
    jda.awaitReady();
    return jda;
  }
}
