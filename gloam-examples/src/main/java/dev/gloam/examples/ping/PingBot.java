package dev.gloam.examples.ping;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.WireEvent;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The smallest useful bot: it answers {@code !ping} with {@code Pong!}.
 *
 * <p>With {@code DISCORD_TOKEN} set it runs against Discord until stopped. Without it, it starts an
 * offline Discord from gloam-testkit, has a human say {@code !ping}, prints what went over the wire
 * and exits once the offline Discord has recorded the bot's answer.
 */
public final class PingBot {
  private static final Logger LOG = LoggerFactory.getLogger(PingBot.class);
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.DIRECT_MESSAGES, Intents.MESSAGE_CONTENT);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

  private PingBot() {}

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
   * Answers {@code !ping} with {@code Pong!}; everything else is ignored.
   *
   * @param event the event the shard delivered
   * @param http the REST client to answer with
   */
  public static void handle(Event event, Client http) {
    switch (event) {
      case MessageCreate m when m.content().equals("!ping") ->
          http.createMessage(m.channelId()).content("Pong!").send();
      case Ready r -> LOG.info("shard is ready as {}", r.user().username());
      default -> {}
    }
  }

  /**
   * Pulls events from the shard until it closes for good, handling each on its own virtual thread.
   *
   * @param shard the shard to pull from
   * @param http the REST client handlers answer with
   */
  public static void serve(Shard shard, Client http) {
    for (Event event : shard.events(EventTypeFlags.all())) {
      Thread.startVirtualThread(
          () -> {
            try {
              handle(event, http);
            } catch (HttpException e) {
              LOG.warn("could not answer: {}", e.getMessage());
            }
          });
    }
    shard.fatalError().ifPresent(e -> LOG.error("the shard stopped: {}", e.getMessage()));
  }

  /**
   * Runs the offline demo: an offline Discord, the bot on a shard of its own, a human saying {@code
   * !ping}, and the wire transcript printed to {@code out}.
   *
   * @param out where the transcript goes
   * @return the bot's answer as the offline Discord recorded it
   * @throws RuntimeException if the bot does not answer in time
   */
  public static RecordedMessage runOffline(PrintStream out) {
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      out.println("gloam ping demo: no DISCORD_TOKEN set, so the bot talks to an offline Discord");
      out.println("  REST    " + discord.restUrl());
      out.println("  gateway " + discord.gatewayUrl());
      out.println();
      AtomicBoolean transcribing = new AtomicBoolean(true);
      CountDownLatch pongAnswered = new CountDownLatch(1);
      discord.onWire(
          event -> {
            if (transcribing.get()) {
              transcribe(out, event);
            }
            if (event.transport() == WireEvent.Transport.REST
                && event.direction() == WireEvent.Direction.FROM_DISCORD
                && event.summary().contains("\"Pong!\"")) {
              pongAnswered.countDown();
            }
          });
      Thread bot;
      RecordedMessage pong;
      try (Client http =
              Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
          Shard shard = connect(http, discord.botToken())) {
        bot = Thread.ofVirtual().name("ping-bot").start(() -> serve(shard, http));
        discord.awaitSessions(1, ANSWER_TIMEOUT);
        discord.humanSays(discord.channelId(), "!ping");
        pong =
            discord.awaitMessage(
                m -> m.authorId() == discord.botUserId() && m.content().equals("Pong!"),
                ANSWER_TIMEOUT);
        // The message is stored before its REST answer is logged; show the answer, then stop.
        await(pongAnswered);
        transcribing.set(false);
      }
      joinQuietly(bot);
      out.println();
      out.println(
          "The offline Discord recorded \""
              + pong.content()
              + "\" from the bot in channel "
              + pong.channelId()
              + ". Done.");
      return pong;
    }
  }

  private static Shard connect(Client http, String token) {
    // Ask REST where the gateway is, as a bot must do against Discord too.
    BotConnectionInfo info = http.gatewayBot().send().model();
    Config config = Config.builder(token, INTENTS).gatewayUrl(URI.create(info.url())).build();
    return Shard.create(ShardId.ONE, config);
  }

  private static void runAgainstDiscord(String token) {
    try (Client http = Client.create(token);
        Shard shard = connect(http, token)) {
      LOG.info("connected as {}", http.currentUser().send().model().username());
      serve(shard, http);
    }
  }

  private static void transcribe(PrintStream out, WireEvent event) {
    String summary = event.summary();
    if (summary.startsWith("HEARTBEAT")) {
      return;
    }
    String arrow =
        event.direction() == WireEvent.Direction.TO_DISCORD ? "bot -> discord" : "discord -> bot";
    // The bot's own requests are short and token-free: show what it sent, not just where.
    String body =
        event.transport() == WireEvent.Transport.REST
                && event.direction() == WireEvent.Direction.TO_DISCORD
                && !event.body().isEmpty()
            ? " " + event.body()
            : "";
    out.printf("  %-7s %s  %s%s%n", event.transport(), arrow, summary, body);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the answer to the bot's POST was never logged");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
