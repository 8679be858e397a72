package dev.gloam.validate.command;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
    List<CommandOption> max = Collections.nCopies(25, option("o", true, null));
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
}
