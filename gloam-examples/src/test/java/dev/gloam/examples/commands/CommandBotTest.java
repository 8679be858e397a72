package dev.gloam.examples.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.command.parser.CommandParser;
import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command bot: its answers on their own, then end to end against the offline Discord. */
class CommandBotTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final CommandParser PARSER = CommandBot.parser(Id.of(777L));

  private static String answer(String content) {
    return CommandBot.answer(PARSER, content).orElseThrow();
  }

  @Nested
  class Answers {
    @Test
    void echoRepeatsArgumentsAndQuotedOnesKeepTheirSpacing() {
      assertThat(answer("!echo \"a   b\"   c")).isEqualTo("a   b c");
      assertThat(answer("!say \\\"hi\\\"")).isEqualTo("\"hi\"");
      assertThat(answer("!ECHO")).isEqualTo("Nothing to ECHO.");
    }

    @Test
    void echoExplainsMalformedText() {
      assertThat(answer("!echo \"open"))
          .isEqualTo("I could not read that: the quote at index 0 is never closed.");
      assertThat(answer("!echo trailing\\")).startsWith("I could not read that: the backslash");
    }

    @Test
    void addSumsDecimalNumbers() {
      assertThat(answer("!add 1 2.5 -0.5")).isEqualTo("1 + 2.5 + -0.5 = 3");
      assertThat(answer("!add 0.1 0.2")).isEqualTo("0.1 + 0.2 = 0.3");
      assertThat(answer("!add 100")).isEqualTo("100 = 100");
    }

    @Test
    void addNamesWhatIsNotANumber() {
      assertThat(answer("!add 1 two")).isEqualTo("\"two\" is not a number I can add.");
      assertThat(answer("!add")).isEqualTo("Give me numbers to add, such as: !add 1 2.5");
      assertThat(answer("!add 1e999999999 1"))
          .isEqualTo("\"1e999999999\" is not a number I can add.");
    }

    @Test
    void theMentionIsAPrefixInBothForms() {
      assertThat(answer("<@777> add 1 2")).isEqualTo("1 + 2 = 3");
      assertThat(answer("<@!777>say hi")).isEqualTo("hi");
    }

    @Test
    void otherTextIsNotAnswered() {
      assertThat(CommandBot.answer(PARSER, "!echoes")).isEmpty();
      assertThat(CommandBot.answer(PARSER, "?echo hi")).isEmpty();
      assertThat(CommandBot.answer(PARSER, "<@778> echo hi")).isEmpty();
      assertThat(CommandBot.answer(PARSER, "echo hi")).isEmpty();
    }
  }

  @Test
  @Timeout(120)
  void answersCommandsWithEitherPrefixOverTheWire() throws InterruptedException {
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
      CommandParser parser = CommandBot.parser(Id.of(discord.botUserId()));
      Thread bot;
      try {
        bot = Thread.ofVirtual().start(() -> CommandBot.serve(shard, parser, http));
        discord.awaitSessions(1, WAIT);

        assertThat(ask(discord, "!echo \"hello   world\" again").content())
            .isEqualTo("hello   world again");
        // Not a command, so no answer: the next answer is the one to the mention.
        discord.humanSays(discord.channelId(), "!pinged");
        assertThat(ask(discord, "<@" + discord.botUserId() + "> add 2 3").content())
            .isEqualTo("2 + 3 = 5");
        assertThat(ask(discord, "<@!" + discord.botUserId() + ">say !echo loop").content())
            .isEqualTo("!echo loop");
        assertThat(ask(discord, "!add 2 x").content())
            .isEqualTo("\"x\" is not a number I can add.");
      } finally {
        shard.close();
      }
      assertThat(bot.join(WAIT)).isTrue();
      // One answer per command: none to "!pinged", and none to the bot's own "!echo loop".
      assertThat(discord.messages(discord.channelId()))
          .filteredOn(m -> m.authorId() == discord.botUserId())
          .extracting(RecordedMessage::content)
          .containsExactly(
              "hello   world again", "2 + 3 = 5", "!echo loop", "\"x\" is not a number I can add.");
    }
  }

  @Test
  @Timeout(120)
  void theOfflineDemoPrintsTheConversation() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<RecordedMessage> answers =
        CommandBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String transcript = buffer.toString(StandardCharsets.UTF_8);

    assertThat(answers)
        .extracting(RecordedMessage::content)
        .containsExactly(
            "hello   world and more",
            "\"quoted\" words",
            "hi, from a mention",
            "1 + 2.5 + -0.5 = 3",
            "10 + 20 = 30",
            "\"two\" is not a number I can add.",
            "I could not read that: the quote at index 0 is never closed.");
    assertThat(transcript).contains("human: !add 1 two", "bot:   10 + 20 = 30", "Done.");
  }

  private static RecordedMessage ask(OfflineDiscord discord, String question) {
    long asked = discord.humanSays(discord.channelId(), question);
    return discord.awaitMessage(m -> m.authorId() == discord.botUserId() && m.id() > asked, WAIT);
  }
}
