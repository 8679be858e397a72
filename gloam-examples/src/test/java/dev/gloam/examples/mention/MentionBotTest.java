package dev.gloam.examples.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.mention.Mention;
import dev.gloam.mention.MentionScanner;
import dev.gloam.mention.TimestampMention;
import dev.gloam.mention.TimestampStyle;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The mention bot end to end against the offline Discord, and its answers as text. */
class MentionBotTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  @Timeout(120)
  void listsTheMentionsOfAMessageWithTheirPositions() {
    withBot(
        discord -> {
          RecordedMessage answer = ask(discord, "!mentions 🪴 hi <@42>, see <#7><@&9> <@abc>");

          assertThat(answer.content())
              .isEqualTo(
                  """
                  3 mentions (positions are UTF-16 indexes into your message):
                  `<@42>` at 16..21: user 42
                  `<#7>` at 27..31: channel 7
                  `<@&9>` at 31..36: role 9\
                  """);
        });
  }

  @Test
  @Timeout(120)
  void showsATimeInEveryStyle() {
    withBot(
        discord -> {
          RecordedMessage given = ask(discord, "!when 1618953630");
          RecordedMessage now = ask(discord, "!when");

          List<TimestampMention> stamps =
              MentionScanner.scan(given.content(), TimestampMention.class)
                  .map(found -> found.mention())
                  .distinct()
                  .toList();
          assertThat(stamps).hasSize(TimestampStyle.values().length + 1);
          assertThat(stamps).allSatisfy(t -> assertThat(t.unixSeconds()).isEqualTo(1618953630L));
          assertThat(stamps.stream().flatMap(t -> t.style().stream()))
              .containsExactly(TimestampStyle.values());
          assertThat(now.content())
              .startsWith("2025-01-02T03:04:05Z in every style:")
              .contains("<t:1735787045:R>");
        });
  }

  @Test
  @Timeout(120)
  void readsATimestampMentionAsTheTimeAndExplainsBadOnes() {
    withBot(
        discord -> {
          assertThat(ask(discord, "!when <t:0:R>").content())
              .startsWith("1970-01-01T00:00:00Z in every style:");
          assertThat(ask(discord, "!when <t:0:Z>").content())
              .startsWith("That is not a timestamp I can read (UNKNOWN_TIMESTAMP_STYLE)");
          assertThat(ask(discord, "!when soon").content()).startsWith("Give me seconds since 1970");
        });
  }

  @Test
  void aMessageWithoutMentionsGetsASimpleAnswer() {
    assertThat(MentionBot.mentionsReport("!mentions nothing here, a < b"))
        .isEqualTo("I found no mentions in that message.");
  }

  @Test
  void aLongListStaysWithinDiscordsLimit() {
    String content = "!mentions " + "</abcdefghijabcdefghij sub:816437322781949972> ".repeat(200);
    String report = MentionBot.mentionsReport(content);

    assertThat(report.length()).isLessThanOrEqualTo(2000);
    assertThat(report).startsWith("200 mentions").containsPattern("\u2026and \\d+ more$");
  }

  @Test
  void everyKindIsDescribed() {
    String content =
        "<@!1> <a:x:2> </a b c:3> <t:4> <id:linked-roles:5> @everyone <#6> <@&7> <:y:8>";
    assertThat(MentionScanner.scan(content).map(found -> MentionBot.describe(found.mention())))
        .containsExactly(
            "user 1 (old nickname form)",
            "animated emoji :x: 2",
            "command /a b c (3)",
            "time 1970-01-01T00:00:04Z, shown as LONG_DATE_SHORT_TIME",
            "server navigation to linked-roles for role 5",
            "everyone in the channel",
            "channel 6",
            "role 7",
            "emoji :y: 8");
    assertThat(MentionBot.describe(Mention.parse("@here"))).isEqualTo("everyone online here");
  }

  @Test
  @Timeout(120)
  void theOfflineDemoPrintsTheConversation() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<RecordedMessage> answers =
        MentionBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String transcript = buffer.toString(StandardCharsets.UTF_8);

    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).content()).startsWith("7 mentions");
    assertThat(answers.get(1).content()).contains("<t:1618953630:S>");
    assertThat(transcript).contains("human: !mentions", "bot:   7 mentions", "Done.");
  }

  private static void withBot(Consumer<OfflineDiscord> conversation) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      Shard shard =
          Shard.create(
              ShardId.ONE,
              Config.builder(
                      discord.botToken(),
                      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT))
                  .gatewayUrl(discord.gatewayUrl())
                  .build());
      Thread bot;
      try {
        bot = Thread.ofVirtual().start(() -> MentionBot.serve(shard, http, NOW));
        discord.awaitSessions(1, WAIT);
        conversation.accept(discord);
      } finally {
        shard.close();
      }
      assertThat(joined(bot)).isTrue();
    }
  }

  private static RecordedMessage ask(OfflineDiscord discord, String question) {
    long asked = discord.humanSays(discord.channelId(), question);
    return discord.awaitMessage(m -> m.authorId() == discord.botUserId() && m.id() > asked, WAIT);
  }

  private static boolean joined(Thread thread) {
    try {
      return thread.join(WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
