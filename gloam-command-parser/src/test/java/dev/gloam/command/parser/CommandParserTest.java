package dev.gloam.command.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.json.ModelJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommandParserTest {
  private static final Id<UserMarker> BOT = Id.of(1101245000000000999L);

  private static final CommandParser PARSER =
      CommandParser.builder()
          .prefixes("!", "!!", "?")
          .prefix(Prefix.ignoringCase("gloam "))
          .forMention(BOT)
          .command("ping")
          .command("echo", "say")
          .command("ban")
          .command("banall")
          .command(CommandSpec.of("ROLL", "Dice").withCaseSensitive(true))
          .command("café")
          .build();

  private static Command parse(String content) {
    return PARSER.parse(content).orElseThrow(() -> new AssertionError("no command in " + content));
  }

  @Nested
  class Prefixes {
    @Test
    void aLiteralPrefixAtTheStartMatches() {
      Command command = parse("!ping");
      assertThat(command).isEqualTo(new Command(Prefix.of("!"), "ping", "ping", ""));
    }

    @Test
    void eachConfiguredPrefixWorks() {
      assertThat(parse("?ping").prefix()).isEqualTo(Prefix.of("?"));
      assertThat(parse("gloam ping").prefix()).isEqualTo(Prefix.ignoringCase("gloam "));
    }

    @Test
    void thePrefixMustBeTheFirstCharacter() {
      assertThat(PARSER.parse(" !ping")).isEmpty();
      assertThat(PARSER.parse("hey !ping")).isEmpty();
    }

    @Test
    void theLongerOfOverlappingPrefixesWins() {
      assertThat(parse("!!ping").prefix()).isEqualTo(Prefix.of("!!"));
      assertThat(parse("!ping").prefix()).isEqualTo(Prefix.of("!"));
    }

    @Test
    void aShorterPrefixIsTriedWhenNoCommandFollowsTheLongerOne() {
      CommandParser parser =
          CommandParser.builder().prefixes("!", "!!").command("!x").command("y").build();
      Command command = parser.parse("!!x").orElseThrow();
      assertThat(command.prefix()).isEqualTo(Prefix.of("!"));
      assertThat(command.name()).isEqualTo("!x");
      assertThat(parser.parse("!!y").orElseThrow().prefix()).isEqualTo(Prefix.of("!!"));
    }

    @Test
    void literalPrefixesMatchCaseExactlyUnlessMadeToIgnoreIt() {
      assertThat(parse("GLOAM ping").prefix()).isEqualTo(Prefix.ignoringCase("gloam "));
      CommandParser parser = CommandParser.builder().prefix("go ").command("ping").build();
      assertThat(parser.parse("go ping")).isPresent();
      assertThat(parser.parse("Go ping")).isEmpty();
    }

    @Test
    void onlyPrefixesEndingInWhitespaceSkipMoreWhitespace() {
      assertThat(PARSER.parse("! ping")).isEmpty();
      assertThat(parse("gloam    ping").name()).isEqualTo("ping");
      assertThat(parse("gloam \t\nping").name()).isEqualTo("ping");
      // The prefix's own space is part of it: a newline instead is not the prefix.
      assertThat(PARSER.parse("gloam\nping")).isEmpty();
    }

    @Test
    void onlyThePrefixIsNotACommand() {
      assertThat(PARSER.parse("!")).isEmpty();
      assertThat(PARSER.parse("!!")).isEmpty();
      assertThat(PARSER.parse("!   ")).isEmpty();
      assertThat(PARSER.parse("gloam ")).isEmpty();
      assertThat(PARSER.parse("gloam     ")).isEmpty();
      assertThat(PARSER.parse("")).isEmpty();
    }
  }

  @Nested
  class Mentions {
    @Test
    void bothMentionFormsArePrefixes() {
      Command plain = parse("<@" + BOT + "> ping");
      Command nick = parse("<@!" + BOT + "> ping");
      assertThat(plain.prefix()).isEqualTo(Prefix.mention(BOT));
      assertThat(nick.prefix()).isEqualTo(Prefix.mention(BOT));
      assertThat(nick.name()).isEqualTo("ping");
    }

    @Test
    void whitespaceAfterTheMentionIsOptional() {
      assertThat(parse("<@" + BOT + ">ping").name()).isEqualTo("ping");
      assertThat(parse("<@" + BOT + ">  \n ping  x").rest()).isEqualTo("x");
    }

    @Test
    void anotherUsersMentionOrABrokenMentionIsNot() {
      assertThat(PARSER.parse("<@1101245000000000998> ping")).isEmpty();
      assertThat(PARSER.parse("<@" + BOT + " ping")).isEmpty();
      assertThat(PARSER.parse("<@&" + BOT + "> ping")).isEmpty();
      assertThat(PARSER.parse("<@" + BOT + "9> ping")).isEmpty();
    }

    @Test
    void onlyTheMentionIsNotACommand() {
      assertThat(PARSER.parse("<@" + BOT + ">")).isEmpty();
      assertThat(PARSER.parse("<@!" + BOT + ">   ")).isEmpty();
    }
  }

  @Nested
  class Commands {
    @Test
    void anAliasReportsTheCanonicalNameAndTheTypedWord() {
      Command command = parse("!SaY hi");
      assertThat(command.name()).isEqualTo("echo");
      assertThat(command.alias()).isEqualTo("SaY");
    }

    @Test
    void aCommandMustEndAtWhitespaceOrTheEnd() {
      assertThat(PARSER.parse("!pinged")).isEmpty();
      assertThat(PARSER.parse("!ping!")).isEmpty();
      assertThat(parse("!ping\tnow").name()).isEqualTo("ping");
      assertThat(parse("!ping\nnow").rest()).isEqualTo("now");
    }

    @Test
    void theWholeWordPicksTheCommand() {
      assertThat(parse("!ban x").name()).isEqualTo("ban");
      assertThat(parse("!banall x").name()).isEqualTo("banall");
      assertThat(PARSER.parse("!bana x")).isEmpty();
    }

    @Test
    void commandsIgnoreCaseByDefault() {
      assertThat(parse("!PING").name()).isEqualTo("ping");
      assertThat(parse("!CAFÉ").name()).isEqualTo("café");
    }

    @Test
    void caseSensitiveCommandsNeedTheExactCase() {
      assertThat(parse("!ROLL").name()).isEqualTo("ROLL");
      assertThat(parse("!Dice").name()).isEqualTo("ROLL");
      assertThat(PARSER.parse("!roll")).isEmpty();
      assertThat(PARSER.parse("!dice")).isEmpty();
    }

    @Test
    void unknownWordsAreNotCommands() {
      assertThat(PARSER.parse("!pong")).isEmpty();
      assertThat(PARSER.parse("just chatting")).isEmpty();
    }

    @Test
    void unicodeWhitespaceEndsTheCommand() {
      // No-break space, as some phone keyboards type it, and an ideographic space.
      assertThat(parse("!echo\u00a0hi").rest()).isEqualTo("hi");
      assertThat(parse("!echo\u3000hi").rest()).isEqualTo("hi");
    }

    @Test
    void commandsMayBeAnyNonSpaceCharacters() {
      CommandParser parser = CommandParser.builder().prefix("!").command("🎲", "dé").build();
      assertThat(parser.parse("!🎲 d20").orElseThrow().rest()).isEqualTo("d20");
      assertThat(parser.parse("!DÉ").orElseThrow().name()).isEqualTo("🎲");
    }
  }

  @Nested
  class Rest {
    @Test
    void theRestStartsAfterTheWhitespaceAfterTheCommand() {
      assertThat(parse("!echo   hello  world  ").rest()).isEqualTo("hello  world  ");
    }

    @Test
    void theRestKeepsQuotesAndEscapes() {
      Command command = parse("!say \"a b\" \\\"c");
      assertThat(command.rest()).isEqualTo("\"a b\" \\\"c");
      assertThat(command.arguments().toList()).containsExactly("a b", "\"c");
    }

    @Test
    void eachCallToArgumentsStartsOver() {
      Command command = parse("!say one two");
      command.arguments().next();
      assertThat(command.arguments().next()).isEqualTo("one");
    }

    @Test
    void strictArgumentsAreOnRequest() {
      Command command = parse("!say \"open");
      assertThat(command.arguments().toList()).containsExactly("open");
      assertThatThrownBy(() -> command.arguments(Arguments.Mode.STRICT).toList())
          .isInstanceOf(CommandParseException.class);
    }
  }

  @Nested
  class Messages {
    private static final String MESSAGE =
        """
        {"type":0,"tts":false,"timestamp":"2026-11-26T21:10:00.000000+00:00","pinned":false,\
        "mentions":[],"mention_roles":[],"mention_everyone":false,"id":"1311234567890123457",\
        "embeds":[],"edited_timestamp":null,"content":"%s","components":[],\
        "channel_id":"1101245000000000002","author":{"username":"human","id":"1101245000000000777",\
        "discriminator":"0","avatar":null},"attachments":[]}\
        """;

    private static Message message(String content) {
      return ModelJson.read(MESSAGE.formatted(content), Message.class);
    }

    @Test
    void aMessageIsParsedByItsContent() {
      assertThat(PARSER.parse(message("!say hi"))).map(Command::name).hasValue("echo");
      assertThat(PARSER.parse(MessageCreate.of(message("?ping"))))
          .map(Command::name)
          .hasValue("ping");
      assertThat(PARSER.parse(message("no command"))).isEmpty();
      // Without the MESSAGE_CONTENT intent the content is empty.
      assertThat(PARSER.parse(MessageCreate.of(message("")))).isEmpty();
    }
  }

  @Test
  void oneParserServesManyThreads() throws Exception {
    List<Callable<Optional<Command>>> tasks = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      String content = i % 2 == 0 ? "!say " + i : "nothing " + i;
      tasks.add(() -> PARSER.parse(content));
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<Optional<Command>>> results = pool.invokeAll(tasks);
      for (int i = 0; i < results.size(); i++) {
        Optional<Command> command = results.get(i).get();
        if (i % 2 == 0) {
          assertThat(command).map(Command::rest).hasValue(Integer.toString(i));
        } else {
          assertThat(command).isEmpty();
        }
      }
    }
  }

  @Test
  void theParserListsItsConfiguration() {
    assertThat(PARSER.prefixes())
        .containsExactly(
            Prefix.of("!"),
            Prefix.of("!!"),
            Prefix.of("?"),
            Prefix.ignoringCase("gloam "),
            Prefix.mention(BOT));
    assertThat(PARSER.commands()).extracting(CommandSpec::name).startsWith("ping", "echo");
  }

  @Test
  void nullContentIsRefused() {
    assertThatThrownBy(() -> PARSER.parse((String) null)).isInstanceOf(NullPointerException.class);
  }
}
