package dev.gloam.command.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.command.parser.CommandParseException.Kind;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CommandParserConfigTest {
  private static final Id<UserMarker> BOT = Id.of(42L);

  private static void fails(ThrowingCallable call, Kind kind, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CommandParseException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.position()).isEqualTo(-1);
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void prefixesMustBeVisibleText() {
    fails(() -> Prefix.of(""), Kind.INVALID_PREFIX, "empty");
    fails(() -> Prefix.of(null), Kind.INVALID_PREFIX, "null");
    fails(() -> Prefix.of(" !"), Kind.INVALID_PREFIX, "must not start with whitespace");
    fails(() -> Prefix.ignoringCase("\t"), Kind.INVALID_PREFIX, "whitespace");
    fails(() -> Prefix.mention(null), Kind.INVALID_PREFIX, "user id");
    fails(() -> CommandParser.builder().prefix((Prefix) null), Kind.INVALID_PREFIX, "null");
    fails(() -> CommandParser.builder().prefixes("!", ""), Kind.INVALID_PREFIX, "empty");
  }

  @Test
  void prefixesMayNotRepeat() {
    fails(
        () -> CommandParser.builder().prefixes("!", "?", "!"),
        Kind.DUPLICATE_PREFIX,
        "the prefix \"!\" is added twice");
    fails(
        () -> CommandParser.builder().forMention(BOT).forMention(BOT),
        Kind.DUPLICATE_PREFIX,
        "<@42>");
  }

  @Test
  void prefixesThatMatchTheSameTextAreCaughtAtBuild() {
    fails(
        () ->
            CommandParser.builder()
                .prefix("Go")
                .prefix(Prefix.ignoringCase("go"))
                .command("x")
                .build(),
        Kind.DUPLICATE_PREFIX,
        "both match \"go\"");
    fails(
        () -> CommandParser.builder().prefix("<@!42>").forMention(BOT).command("x").build(),
        Kind.DUPLICATE_PREFIX,
        "both match \"<@!42>\"");
    // Differently cased prefixes that both match case are fine.
    assertThat(CommandParser.builder().prefixes("go", "Go").command("x").build().prefixes())
        .hasSize(2);
  }

  @Test
  void commandNamesAndAliasesMustBeWords() {
    fails(() -> CommandSpec.of(""), Kind.INVALID_COMMAND_NAME, "must not be empty");
    fails(() -> CommandSpec.of(null), Kind.INVALID_COMMAND_NAME, "must not be empty");
    fails(() -> CommandSpec.of("   "), Kind.INVALID_COMMAND_NAME, "one word");
    fails(() -> CommandSpec.of("role add"), Kind.INVALID_COMMAND_NAME, "\"role add\"");
    fails(() -> CommandSpec.of("ban\n"), Kind.INVALID_COMMAND_NAME, "one word");
    fails(() -> CommandSpec.of("x", "ok", "\u00a0"), Kind.INVALID_COMMAND_NAME, "alias");
    fails(() -> CommandSpec.of("x", (String) null), Kind.INVALID_COMMAND_NAME, "alias");
    fails(() -> CommandSpec.of("x", (String[]) null), Kind.INVALID_COMMAND_NAME, "aliases");
    fails(
        () -> CommandParser.builder().command((CommandSpec) null),
        Kind.INVALID_COMMAND_NAME,
        "null");
  }

  @Test
  void aCommandMayNotListAWordTwice() {
    fails(() -> CommandSpec.of("echo", "echo"), Kind.DUPLICATE_COMMAND_NAME, "twice");
    fails(() -> CommandSpec.of("echo", "say", "SAY"), Kind.DUPLICATE_COMMAND_NAME, "twice");
    assertThat(new CommandSpec("echo", List.of("say", "SAY"), true).aliases())
        .containsExactly("say", "SAY");
  }

  @Test
  void twoCommandsMayNotAnswerToTheSameWord() {
    fails(
        () -> CommandParser.builder().prefix("!").command("echo", "say").command("say").build(),
        Kind.DUPLICATE_COMMAND_NAME,
        "commands \"echo\" and \"say\" both answer to \"say\"");
    fails(
        () ->
            CommandParser.builder()
                .prefix("!")
                .command(CommandSpec.of("Ban").withCaseSensitive(true))
                .command("x", "ban")
                .build(),
        Kind.DUPLICATE_COMMAND_NAME,
        "both answer to \"ban\"");
    // Two case-sensitive commands differing only in case do not clash.
    CommandParser parser =
        CommandParser.builder()
            .prefix("!")
            .command(CommandSpec.of("Ban").withCaseSensitive(true))
            .command(CommandSpec.of("ban").withCaseSensitive(true))
            .build();
    assertThat(parser.parse("!Ban")).map(Command::name).hasValue("Ban");
    assertThat(parser.parse("!ban")).map(Command::name).hasValue("ban");
    assertThat(parser.parse("!BAN")).isEmpty();
  }

  @Test
  void aParserNeedsAPrefixAndACommand() {
    fails(
        () -> CommandParser.builder().command("x").build(),
        Kind.INCOMPLETE_CONFIG,
        "needs a prefix");
    fails(
        () -> CommandParser.builder().prefix("!").build(),
        Kind.INCOMPLETE_CONFIG,
        "needs a command");
  }

  @Test
  void theAliasesOfASpecAreCopied() {
    String[] aliases = {"a", "b"};
    CommandSpec spec = CommandSpec.of("x", aliases);
    aliases[0] = "changed";
    assertThat(spec.aliases()).containsExactly("a", "b");
    assertThat(spec.words()).containsExactly("x", "a", "b");
    assertThatThrownBy(() -> spec.aliases().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Arrays.asList(aliases)).containsExactly("changed", "b");
  }

  @Test
  void aBuiltParserIsNotChangedByItsBuilder() {
    CommandParser.Builder builder = CommandParser.builder().prefix("!").command("one");
    CommandParser parser = builder.build();
    builder.prefix("?").command("two");
    assertThat(parser.parse("?one")).isEmpty();
    assertThat(parser.parse("!two")).isEmpty();
    assertThat(parser.parse("!one")).isPresent();
  }

  @Test
  void prefixesDescribeThemselves() {
    assertThat(Prefix.of("!")).hasToString("\"!\"");
    assertThat(Prefix.ignoringCase("gloam ")).hasToString("\"gloam \" (ignoring case)");
    assertThat(Prefix.mention(BOT)).hasToString("<@42>");
    assertThat(Prefix.mention(BOT).forms()).containsExactly("<@42>", "<@!42>");
    assertThat(Prefix.of("!").skipsWhitespace()).isFalse();
    assertThat(Prefix.of("gloam ").skipsWhitespace()).isTrue();
    assertThat(Prefix.mention(BOT).skipsWhitespace()).isTrue();
  }
}
