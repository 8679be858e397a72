package dev.gloam.testkit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs JDA 6.5.0, unchanged, against the offline Discord: it logs in over REST, identifies on the
 * gateway, builds its cache from READY and GUILD_CREATE, sees a human's message and answers it.
 * Only the two URLs are pointed at the testkit, through JDA's own configuration points.
 */
class JdaInteropTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  OfflineDiscord discord;
  JDA jda;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    try {
      if (jda != null) {
        jda.shutdownNow();
        jda.awaitShutdown(TIMEOUT);
      }
    } finally {
      discord.close();
    }
  }

  @Test
  void jdaConnectsCachesTheGuildSeesAMessageAndAnswers() throws Exception {
    CompletableFuture<ReadyEvent> ready = new CompletableFuture<>();
    CompletableFuture<Guild> guildReady = new CompletableFuture<>();
    CompletableFuture<Message> ping = new CompletableFuture<>();
    ListenerAdapter listener =
        new ListenerAdapter() {
          @Override
          public void onReady(ReadyEvent event) {
            ready.complete(event);
          }

          @Override
          public void onGuildReady(GuildReadyEvent event) {
            guildReady.complete(event.getGuild());
          }

          @Override
          public void onMessageReceived(MessageReceivedEvent event) {
            if (!event.getAuthor().isBot()) {
              ping.complete(event.getMessage());
            }
          }
        };

    jda =
        JDABuilder.create(
                discord.botToken(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
            .disableCache(
                CacheFlag.ACTIVITY,
                CacheFlag.CLIENT_STATUS,
                CacheFlag.ONLINE_STATUS,
                CacheFlag.VOICE_STATE,
                CacheFlag.EMOJI,
                CacheFlag.STICKER,
                CacheFlag.SCHEDULED_EVENTS,
                CacheFlag.SOUNDBOARD_SOUNDS)
            .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl() + "/"))
            .setSessionController(new TestkitSessionController(discord.gatewayUrl().toString()))
            .addEventListeners(listener)
            .setEnableShutdownHook(false)
            .build();

    ReadyEvent readyEvent = ready.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(readyEvent.getGuildTotalCount()).isEqualTo(1);
    assertThat(jda.getSelfUser().getIdLong()).isEqualTo(discord.botUserId());
    assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(discord.applicationId());

    Guild guild = guildReady.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(guild.getIdLong()).isEqualTo(discord.guildId());
    TextChannel channel = jda.getTextChannelById(discord.channelId());
    assertThat(channel).isNotNull();
    assertThat(channel.getName()).isEqualTo("general");
    assertThat(channel.getGuild()).isSameAs(guild);
    assertThat(guild.getSelfMember().getIdLong()).isEqualTo(discord.botUserId());
    assertThat(channel.canTalk()).isTrue();

    // Reads that JDA makes over REST: the application and a member.
    ApplicationInfo application =
        jda.retrieveApplicationInfo().submit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(application.getIdLong()).isEqualTo(discord.applicationId());
    assertThat(application.getOwner().getIdLong()).isEqualTo(discord.humanUserId());
    Member human =
        guild
            .retrieveMemberById(discord.humanUserId())
            .submit()
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(human.isOwner()).isTrue();

    // The testkit's own signal that the session is registered for new events.
    discord.awaitSessions(1, TIMEOUT);
    discord.humanSays(discord.channelId(), "!ping");
    Message message = ping.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertThat(message.getContentRaw()).isEqualTo("!ping");
    assertThat(message.getAuthor().getIdLong()).isEqualTo(discord.humanUserId());
    assertThat(message.getChannel().getIdLong()).isEqualTo(discord.channelId());
    assertThat(message.isFromGuild()).isTrue();

    Message sent =
        message
            .getChannel()
            .sendMessage("Pong!")
            .submit()
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    RecordedMessage pong = discord.awaitMessage(m -> m.content().equals("Pong!"), TIMEOUT);
    assertThat(pong.authorId()).isEqualTo(discord.botUserId());
    assertThat(pong.channelId()).isEqualTo(discord.channelId());
    assertThat(sent.getIdLong()).isEqualTo(pong.id());
    assertThat(discord.messages(discord.channelId()))
        .extracting(RecordedMessage::content)
        .containsExactly("!ping", "Pong!");

    jda.shutdown();
    assertThat(jda.awaitShutdown(TIMEOUT)).isTrue();

    // Intents are a bit field: GUILDS (1 << 0), GUILD_MESSAGES (1 << 9), MESSAGE_CONTENT (1 << 15).
    long intents = WireChecks.identify(discord).path("intents").asLong();
    assertThat(intents & (1L | 1L << 9 | 1L << 15)).isEqualTo(1L | 1L << 9 | 1L << 15);
    assertThat(WireChecks.dispatchTypes(discord))
        .startsWith("READY", "GUILD_CREATE")
        .contains("MESSAGE_CREATE");
    WireChecks.everyRestCallSucceeded(discord);
  }

  /** JDA's session controller with the gateway URL pointed at the testkit. */
  private static final class TestkitSessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    TestkitSessionController(String gatewayUrl) {
      this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
      return gatewayUrl;
    }
  }
}
