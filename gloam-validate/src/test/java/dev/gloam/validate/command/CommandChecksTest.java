package dev.gloam.validate.command;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.application.command.AttachmentOption;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.EntryPointCommandHandlerType;
import dev.gloam.model.application.command.IntegerOption;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.application.command.NumberOption;
import dev.gloam.model.application.command.NumberValue;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.application.command.SubCommandGroupOption;
import dev.gloam.model.application.command.SubCommandOption;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommandChecksTest {
  static StringOption option(String name, boolean required, List<CommandOptionChoice> choices) {
    return new StringOption(
        name,
        Optional.empty(),
        Optional.empty(),
        "an option",
        Optional.empty(),
        Optional.empty(),
        Optional.of(required),
        Optional.ofNullable(choices),
        Optional.empty(),
        Optional.of(0),
        Optional.of(6000));
  }

  static void fails(Runnable check, String field, Rule rule) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
              org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void chatInputNamesAreLowercaseAndUpTo32() {
    assertThatCode(() -> CommandChecks.name("name", null, "a".repeat(32)))
        .doesNotThrowAnyException();
    fails(() -> CommandChecks.name("name", null, "a".repeat(33)), "name", Rule.TOO_LONG);
    fails(() -> CommandChecks.name("name", null, ""), "name", Rule.TOO_SHORT);
    fails(() -> CommandChecks.name("name", null, "Roll"), "name", Rule.MALFORMED);
    fails(() -> CommandChecks.name("name", null, "roll dice"), "name", Rule.MALFORMED);
    assertThatCode(() -> CommandChecks.name("name", null, "würfel-2_x'"))
        .doesNotThrowAnyException();
  }

  @Test
  void userAndMessageNamesTakeAnyCaseAndSpaces() {
    assertThatCode(() -> CommandChecks.name("name", CommandType.USER, "High Five"))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.name("name", CommandType.MESSAGE, "A".repeat(33)),
        "name",
        Rule.TOO_LONG);
  }

  @Test
  void descriptions() {
    assertThatCode(() -> CommandChecks.description("description", null, "d".repeat(100)))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.description("description", null, "d".repeat(101)),
        "description",
        Rule.TOO_LONG);
    fails(
        () -> CommandChecks.description("description", CommandType.USER, "x"),
        "description",
        Rule.TOO_LONG);
    assertThatCode(() -> CommandChecks.description("description", CommandType.USER, ""))
        .doesNotThrowAnyException();
  }

  @Test
  void optionCountsChoicesAndOrder() {
    List<CommandOption> max =
        IntStream.range(0, 25).mapToObj(i -> (CommandOption) option("o" + i, true, null)).toList();
    assertThatCode(() -> CommandChecks.options("options", max)).doesNotThrowAnyException();
    List<CommandOption> over = Collections.nCopies(26, option("o", true, null));
    fails(() -> CommandChecks.options("options", over), "options", Rule.TOO_MANY);
    fails(
        () ->
            CommandChecks.options(
                "options", List.of(option("a", false, null), option("b", true, null))),
        "options[1].required",
        Rule.NOT_ALLOWED);
    CommandOptionChoice choice =
        new CommandOptionChoice(
            "c".repeat(100), Optional.empty(), Optional.empty(), new StringValue("v".repeat(100)));
    assertThatCode(() -> CommandChecks.choices("choices", Collections.nCopies(25, choice)))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.choices("choices", Collections.nCopies(26, choice)),
        "choices",
        Rule.TOO_MANY);
    CommandOptionChoice longName =
        new CommandOptionChoice(
            "c".repeat(101), Optional.empty(), Optional.empty(), new StringValue("v"));
    fails(
        () -> CommandChecks.choices("choices", List.of(longName)),
        "choices[0].name",
        Rule.TOO_LONG);
    CommandOptionChoice longValue =
        new CommandOptionChoice(
            "c", Optional.empty(), Optional.empty(), new StringValue("v".repeat(101)));
    fails(
        () -> CommandChecks.choices("choices", List.of(longValue)),
        "choices[0].value",
        Rule.TOO_LONG);
    fails(
        () -> CommandChecks.options("options", List.of(option("Big", true, null))),
        "options[0].name",
        Rule.MALFORMED);
  }

  @Test
  void commandCountsAndTotalLength() {
    assertThatCode(
            () ->
                CommandChecks.commandCounts(
                    "commands", Collections.nCopies(100, CommandType.CHAT_INPUT)))
        .doesNotThrowAnyException();
    fails(
        () ->
            CommandChecks.commandCounts(
                "commands", Collections.nCopies(101, CommandType.CHAT_INPUT)),
        "commands (CHAT_INPUT)",
        Rule.TOO_MANY);
    assertThatCode(
            () ->
                CommandChecks.commandCounts("commands", Collections.nCopies(15, CommandType.USER)))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.commandCounts("commands", Collections.nCopies(16, CommandType.MESSAGE)),
        "commands (MESSAGE)",
        Rule.TOO_MANY);
    // 8000 exactly: a 32-character name, a 100-character description and 7868 in choices.
    assertThatCode(
            () -> CommandChecks.totalLength("", "n".repeat(32), null, "d".repeat(100), null, null))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.totalLength("", "n".repeat(4000), null, "d".repeat(4001), null, null),
        "command",
        Rule.TOO_LONG);
    assertThatCode(
            () ->
                CommandChecks.totalLength("", "n".repeat(4000), null, "d".repeat(4000), null, null))
        .doesNotThrowAnyException();
    assertThatCode(() -> CommandChecks.permissions("permissions", Collections.nCopies(100, 1)))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.permissions("permissions", Collections.nCopies(101, 1)),
        "permissions",
        Rule.TOO_MANY);
  }

  static SubCommandOption sub(String name, List<CommandOption> options) {
    return new SubCommandOption(
        name,
        Optional.empty(),
        Optional.empty(),
        "a subcommand",
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(options));
  }

  static SubCommandGroupOption group(String name, List<CommandOption> options) {
    return new SubCommandGroupOption(
        name,
        Optional.empty(),
        Optional.empty(),
        "a group",
        Optional.empty(),
        Optional.empty(),
        Optional.of(options));
  }

  static IntegerOption integer(Long min, Long max, List<CommandOptionChoice> choices) {
    return new IntegerOption(
        "count",
        Optional.empty(),
        Optional.empty(),
        "how many",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(choices),
        Optional.empty(),
        Optional.ofNullable(min),
        Optional.ofNullable(max));
  }

  static NumberOption number(Double min, Double max, List<CommandOptionChoice> choices) {
    return new NumberOption(
        "amount",
        Optional.empty(),
        Optional.empty(),
        "how much",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(choices),
        Optional.empty(),
        Optional.ofNullable(min),
        Optional.ofNullable(max));
  }

  static CommandOptionChoice choice(dev.gloam.model.application.command.CommandOptionValue value) {
    return new CommandOptionChoice("c", Optional.empty(), Optional.empty(), value);
  }

  @Test
  void nestingFollowsDiscordsOneLevelRule() {
    List<CommandOption> valid =
        List.of(
            group("admin", List.of(sub("add", List.of(option("who", true, null))))),
            sub("list", null));
    assertThatCode(() -> CommandChecks.options("options", valid)).doesNotThrowAnyException();
    fails(
        () -> CommandChecks.options("options", List.of(group("g", List.of(group("h", List.of()))))),
        "options[0].options[0]",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            CommandChecks.options("options", List.of(group("g", List.of(option("s", true, null))))),
        "options[0].options[0]",
        Rule.NOT_ALLOWED);
    fails(
        () -> CommandChecks.options("options", List.of(sub("s", List.of(sub("t", null))))),
        "options[0].options[0]",
        Rule.NOT_ALLOWED);
    fails(
        () -> CommandChecks.options("options", List.of(sub("s", null), option("t", true, null))),
        "options[1]",
        Rule.NOT_ALLOWED);
    fails(
        () -> CommandChecks.options("options", List.of(option("t", true, null), sub("s", null))),
        "options[1]",
        Rule.NOT_ALLOWED);
  }

  @Test
  void siblingNamesAreUnique() {
    fails(
        () ->
            CommandChecks.options(
                "options", List.of(option("a", true, null), option("a", true, null))),
        "options[1].name",
        Rule.NOT_ALLOWED);
    assertThatCode(
            () ->
                CommandChecks.options(
                    "options",
                    List.of(
                        sub("a", List.of(option("x", true, null))),
                        sub("b", List.of(option("x", true, null))))))
        .doesNotThrowAnyException();
  }

  @Test
  void autocompleteIsNotCombinedWithChoices() {
    StringOption both =
        new StringOption(
            "s",
            Optional.empty(),
            Optional.empty(),
            "d",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of(choice(new StringValue("v")))),
            Optional.of(true),
            Optional.empty(),
            Optional.empty());
    fails(() -> CommandChecks.option("o", both), "o.autocomplete", Rule.NOT_ALLOWED);
  }

  @Test
  void choiceValuesMatchTheOptionType() {
    fails(
        () -> CommandChecks.option("o", option("s", true, List.of(choice(new IntegerValue(1))))),
        "o.choices[0].value",
        Rule.MALFORMED);
    fails(
        () -> CommandChecks.option("o", integer(null, null, List.of(choice(new NumberValue(1.5))))),
        "o.choices[0].value",
        Rule.MALFORMED);
    fails(
        () ->
            CommandChecks.option(
                "o",
                integer(
                    null, null, List.of(choice(new IntegerValue(CommandChecks.INTEGER_MAX + 1))))),
        "o.choices[0].value",
        Rule.OUT_OF_RANGE);
    assertThatCode(
            () ->
                CommandChecks.option(
                    "o",
                    number(
                        null,
                        null,
                        List.of(choice(new IntegerValue(2)), choice(new NumberValue(2.5))))))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.option("o", number(null, null, List.of(choice(new StringValue("x"))))),
        "o.choices[0].value",
        Rule.MALFORMED);
  }

  @Test
  void limitsLieInRangeAndInOrder() {
    assertThatCode(
            () ->
                CommandChecks.option(
                    "o", integer(CommandChecks.INTEGER_MIN, CommandChecks.INTEGER_MAX, null)))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.option("o", integer(CommandChecks.INTEGER_MIN - 1, null, null)),
        "o.min_value",
        Rule.OUT_OF_RANGE);
    fails(() -> CommandChecks.option("o", integer(5L, 4L, null)), "o.max_value", Rule.OUT_OF_RANGE);
    fails(
        () -> CommandChecks.option("o", number(null, Double.POSITIVE_INFINITY, null)),
        "o.max_value",
        Rule.OUT_OF_RANGE);
    fails(
        () -> CommandChecks.option("o", number(1.5, 1.0, null)), "o.max_value", Rule.OUT_OF_RANGE);
    StringOption lengths =
        new StringOption(
            "s",
            Optional.empty(),
            Optional.empty(),
            "d",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(10),
            Optional.of(9));
    fails(() -> CommandChecks.option("o", lengths), "o.max_length", Rule.OUT_OF_RANGE);
  }

  @Test
  void attachmentFileTypesAreAtMostTen() {
    AttachmentOption eleven =
        new AttachmentOption(
            "file",
            Optional.empty(),
            Optional.empty(),
            "d",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Collections.nCopies(11, ".pdf")));
    fails(() -> CommandChecks.option("o", eleven), "o.file_types", Rule.TOO_MANY);
  }

  @Test
  void optionsOnlyOnChatInputAndHandlerOnlyOnEntryPoints() {
    List<CommandOption> one = List.of(option("a", true, null));
    assertThatCode(() -> CommandChecks.commandOptions("options", null, one))
        .doesNotThrowAnyException();
    assertThatCode(() -> CommandChecks.commandOptions("options", CommandType.USER, List.of()))
        .doesNotThrowAnyException();
    fails(
        () -> CommandChecks.commandOptions("options", CommandType.MESSAGE, one),
        "options",
        Rule.NOT_ALLOWED);
    assertThatCode(
            () ->
                CommandChecks.handler(
                    "handler",
                    CommandType.PRIMARY_ENTRY_POINT,
                    EntryPointCommandHandlerType.APP_HANDLER))
        .doesNotThrowAnyException();
    fails(
        () ->
            CommandChecks.handler(
                "handler", CommandType.CHAT_INPUT, EntryPointCommandHandlerType.APP_HANDLER),
        "handler",
        Rule.NOT_ALLOWED);
    fails(
        () -> CommandChecks.handler("handler", null, EntryPointCommandHandlerType.APP_HANDLER),
        "handler",
        Rule.NOT_ALLOWED);
  }
}
