package dev.gloam.testkit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import discord4j.common.ReactorResources;
import discord4j.common.util.Snowflake;
import discord4j.core.DiscordClient;
import discord4j.core.DiscordClientBuilder;
import discord4j.core.GatewayDiscordClient;
import discord4j.core.event.domain.guild.GuildCreateEvent;
import discord4j.core.event.domain.lifecycle.ReadyEvent;
import discord4j.core.event.domain.message.MessageCreateEvent;
import discord4j.core.object.entity.ApplicationInfo;
import discord4j.core.object.entity.Guild;
import discord4j.core.object.entity.Member;
import discord4j.core.object.entity.Message;
import discord4j.core.object.entity.channel.GuildMessageChannel;
import discord4j.core.object.entity.channel.TextChannel;
import discord4j.core.retriever.EntityRetrievalStrategy;
import discord4j.core.retriever.EntityRetriever;
import discord4j.gateway.intent.Intent;
import discord4j.gateway.intent.IntentSet;
import discord4j.rest.request.RouterOptions;
import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Runs Discord4J 3.3.1, unchanged, against the offline Discord: it finds the gateway over REST,
 * identifies, builds its store from READY and GUILD_CREATE, sees a human's message and answers it.
 * Only the REST base URL is pointed at the testkit, through Discord4J's router options; the gateway
 * URL comes from the testkit's {@code GET /gateway}, as it would from Discord's.
 */
class Discord4jInteropTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  OfflineDiscord discord;
  LoopResources loop;
  ConnectionProvider pool;
  final AtomicReference<EventLoop> eventLoop = new AtomicReference<>();
  GatewayDiscordClient gateway;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    // Resources of our own, with one event loop thread, so that the test can stop them all.
    loop = LoopResources.create("d4j-interop", 1, true);
    pool = ConnectionProvider.create("d4j-interop");
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (gateway != null) {
        logOut();
      }
    } finally {
      try {
        pool.disposeLater().block(TIMEOUT);
        loop.disposeLater(Duration.ZERO, TIMEOUT).block(TIMEOUT);
      } finally {
        discord.close();
      }
    }
  }

  /**
   * Logs out from the event loop thread. Discord4J 3.3.1 starts its close from the calling thread
   * and fails (Reactor rule 1.3) if the server's close frame is handled on the event loop before
   * that call has returned; on loopback the answer comes fast enough for that to happen. From the
   * event loop itself, the answer can only be read after the call returns.
   */
  void logOut() throws Exception {
    GatewayDiscordClient client = gateway;
    gateway = null;
    CompletableFuture<Void> loggedOut = new CompletableFuture<>();
    eventLoop
        .get()
        .execute(
            () ->
                client
                    .logout()
                    .subscribe(
                        null, loggedOut::completeExceptionally, () -> loggedOut.complete(null)));
    loggedOut.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    client.onDisconnect().block(TIMEOUT);
  }

  @Test
  void discord4jConnectsStoresTheGuildSeesAMessageAndAnswers() throws Exception {
    String restUrl = discord.restUrl().toString();
    DiscordClient client =
        DiscordClientBuilder.create(discord.botToken())
            .setReactorResources(
                ReactorResources.builder()
                    .httpClient(
                        ReactorResources.newHttpClient(pool, loop)
                            .doOnConnected(
                                connection -> eventLoop.set(connection.channel().eventLoop())))
                    .build())
            .setExtraOptions(
                options ->
                    new RouterOptions(
                        options.getAuthorizationScheme(),
                        options.getToken(),
                        options.getReactorResources(),
                        options.getExchangeStrategies(),
                        options.getResponseTransformers(),
                        options.getGlobalRateLimiter(),
                        options.getRequestQueueFactory(),
                        restUrl))
            .build();

    CompletableFuture<ReadyEvent> ready = new CompletableFuture<>();
    CompletableFuture<Guild> guildCreated = new CompletableFuture<>();
    CompletableFuture<Message> ping = new CompletableFuture<>();
    gateway =
        client
            .gateway()
            .setEnabledIntents(
                IntentSet.of(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.MESSAGE_CONTENT))
            // Subscribed before connecting, so READY and GUILD_CREATE cannot be missed.
            .withEventDispatcher(
                events ->
                    Flux.merge(
                        events.on(ReadyEvent.class).doOnNext(ready::complete),
                        events
                            .on(GuildCreateEvent.class)
                            .doOnNext(event -> guildCreated.complete(event.getGuild())),
                        events
                            .on(MessageCreateEvent.class)
                            .filter(
                                event ->
                                    event
                                        .getMessage()
                                        .getAuthor()
                                        .map(u -> !u.isBot())
                                        .orElse(false))
                            .doOnNext(event -> ping.complete(event.getMessage()))))
            .login()
            .block(TIMEOUT);
    assertThat(gateway).isNotNull();

    ReadyEvent readyEvent = ready.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    // Discord4J 3.3 still speaks gateway v9, which Discord keeps available.
    assertThat(readyEvent.getGatewayVersion()).isEqualTo(9);
    assertThat(readyEvent.getSelf().getId().asLong()).isEqualTo(discord.botUserId());
    assertThat(readyEvent.getGuilds())
        .extracting(g -> g.getId().asLong())
        .containsExactly(discord.guildId());

    Guild guild = guildCreated.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(guild.getId().asLong()).isEqualTo(discord.guildId());
    TextChannel channel =
        gateway
            .withRetrievalStrategy(EntityRetrievalStrategy.STORE)
            .getChannelById(Snowflake.of(discord.channelId()))
            .cast(TextChannel.class)
            .block(TIMEOUT);
    assertThat(channel).isNotNull();
    assertThat(channel.getName()).isEqualTo("general");
    assertThat(channel.getGuildId().asLong()).isEqualTo(discord.guildId());

    // The same entities read over REST instead of from the store.
    EntityRetriever rest = gateway.withRetrievalStrategy(EntityRetrievalStrategy.REST);
    assertThat(rest.getGuildById(Snowflake.of(discord.guildId())).block(TIMEOUT).getName())
        .isEqualTo(guild.getName());
    assertThat(
            rest.getChannelById(Snowflake.of(discord.channelId()))
                .cast(TextChannel.class)
                .block(TIMEOUT)
                .getName())
        .isEqualTo("general");
    Member human =
        rest.getMemberById(Snowflake.of(discord.guildId()), Snowflake.of(discord.humanUserId()))
            .block(TIMEOUT);
    assertThat(human.getUsername()).isEqualTo("human");
    ApplicationInfo application = gateway.getApplicationInfo().block(TIMEOUT);
    assertThat(application.getId().asLong()).isEqualTo(discord.applicationId());
    assertThat(application.getOwnerId().map(Snowflake::asLong)).hasValue(discord.humanUserId());
    assertThat(application.getBotId().map(Snowflake::asLong)).hasValue(discord.botUserId());

    // The testkit's own signal that the session is registered for new events.
    discord.awaitSessions(1, TIMEOUT);
    discord.humanSays(discord.channelId(), "!ping");
    Message message = ping.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(message.getContent()).isEqualTo("!ping");
    assertThat(message.getAuthor().orElseThrow().getId().asLong()).isEqualTo(discord.humanUserId());
    assertThat(message.getChannelId().asLong()).isEqualTo(discord.channelId());
    assertThat(message.getGuildId().map(Snowflake::asLong)).hasValue(discord.guildId());

    Message sent =
        message
            .getChannel()
            .cast(GuildMessageChannel.class)
            .flatMap(target -> target.createMessage("Pong!"))
            .block(TIMEOUT);
    RecordedMessage pong = discord.awaitMessage(m -> m.content().equals("Pong!"), TIMEOUT);
    assertThat(pong.authorId()).isEqualTo(discord.botUserId());
    assertThat(pong.channelId()).isEqualTo(discord.channelId());
    assertThat(sent.getId().asLong()).isEqualTo(pong.id());
    assertThat(discord.messages(discord.channelId()))
        .extracting(RecordedMessage::content)
        .containsExactly("!ping", "Pong!");

    logOut();

    // Intents are a bit field: GUILDS (1 << 0), GUILD_MESSAGES (1 << 9), MESSAGE_CONTENT (1 << 15).
    long intents = WireChecks.identify(discord).path("intents").asLong();
    assertThat(intents & (1L | 1L << 9 | 1L << 15)).isEqualTo(1L | 1L << 9 | 1L << 15);
    assertThat(WireChecks.dispatchTypes(discord))
        .startsWith("READY", "GUILD_CREATE")
        .contains("MESSAGE_CREATE");
    WireChecks.everyRestCallSucceeded(discord);
  }
}
