package dev.gloam.validate.automoderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gloam.model.guild.automod.AutoModerationAction;
import dev.gloam.model.guild.automod.BlockMessageAction;
import dev.gloam.model.guild.automod.TimeoutAction;
import dev.gloam.model.guild.automod.TriggerMetadata;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoModerationChecksTest {
  @Test
  void nameHasUpToHundredCharacters() {
    assertThatCode(() -> AutoModerationChecks.name("a".repeat(100))).doesNotThrowAnyException();
    expect(() -> AutoModerationChecks.name("a".repeat(101)), "name", Rule.TOO_LONG);
    expect(() -> AutoModerationChecks.name(""), "name", Rule.TOO_SHORT);
  }

  @Test
  void keywordFilterHasAtMostThousandKeywordsOfSixtyCharacters() {
    assertThatCode(() -> AutoModerationChecks.keywordFilter(Collections.nCopies(1000, "a")))
        .doesNotThrowAnyException();
    assertThatCode(() -> AutoModerationChecks.keywordFilter(List.of("a".repeat(60))))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.keywordFilter(Collections.nCopies(1001, "a")),
        "trigger_metadata.keyword_filter",
        Rule.TOO_MANY);
    expect(
        () -> AutoModerationChecks.keywordFilter(List.of("ok", "a".repeat(61))),
        "trigger_metadata.keyword_filter.1",
        Rule.TOO_LONG);
  }

  @Test
  void regexPatternsAreAtMostTenOf260Characters() {
    assertThatCode(() -> AutoModerationChecks.regexPatterns(Collections.nCopies(10, "a")))
        .doesNotThrowAnyException();
    assertThatCode(() -> AutoModerationChecks.regexPatterns(List.of("a".repeat(260))))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.regexPatterns(Collections.nCopies(11, "a")),
        "trigger_metadata.regex_patterns",
        Rule.TOO_MANY);
    expect(
        () -> AutoModerationChecks.regexPatterns(List.of("a".repeat(261))),
        "trigger_metadata.regex_patterns.0",
        Rule.TOO_LONG);
  }

  @Test
  void allowListLimitDependsOnTheTriggerType() {
    assertThatCode(
            () ->
                AutoModerationChecks.allowList(TriggerType.KEYWORD, Collections.nCopies(100, "a")))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.allowList(TriggerType.KEYWORD, Collections.nCopies(101, "a")),
        "trigger_metadata.allow_list",
        Rule.TOO_MANY);
    assertThatCode(
            () ->
                AutoModerationChecks.allowList(
                    TriggerType.KEYWORD_PRESET, Collections.nCopies(1000, "a")))
        .doesNotThrowAnyException();
    expect(
        () ->
            AutoModerationChecks.allowList(
                TriggerType.KEYWORD_PRESET, Collections.nCopies(1001, "a")),
        "trigger_metadata.allow_list",
        Rule.TOO_MANY);
    expect(
        () -> AutoModerationChecks.allowList(TriggerType.KEYWORD, List.of("a".repeat(61))),
        "trigger_metadata.allow_list.0",
        Rule.TOO_LONG);
  }

  @Test
  void mentionTotalLimitIsAtMostFifty() {
    assertThatCode(() -> AutoModerationChecks.mentionTotalLimit(50)).doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.mentionTotalLimit(51),
        "trigger_metadata.mention_total_limit",
        Rule.OUT_OF_RANGE);
  }

  @Test
  void triggerMetadataChecksEachList() {
    TriggerMetadata metadata =
        new TriggerMetadata(
            Optional.of(List.of("a".repeat(61))),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    expect(
        () -> AutoModerationChecks.triggerMetadata(TriggerType.KEYWORD, metadata),
        "trigger_metadata.keyword_filter.0",
        Rule.TOO_LONG);
    assertThatCode(
            () -> AutoModerationChecks.triggerMetadata(TriggerType.SPAM, TriggerMetadata.EMPTY))
        .doesNotThrowAnyException();
  }

  @Test
  void exemptionsAreAtMostTwentyRolesAndFiftyChannels() {
    assertThatCode(() -> AutoModerationChecks.exemptRoles(Collections.nCopies(20, 1L)))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.exemptRoles(Collections.nCopies(21, 1L)),
        "exempt_roles",
        Rule.TOO_MANY);
    assertThatCode(() -> AutoModerationChecks.exemptChannels(Collections.nCopies(50, 1L)))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.exemptChannels(Collections.nCopies(51, 1L)),
        "exempt_channels",
        Rule.TOO_MANY);
  }

  @Test
  void actionsAreOneToFiveWithLimitedMetadata() {
    AutoModerationAction block = new BlockMessageAction(Optional.empty());
    assertThatCode(() -> AutoModerationChecks.actions(Collections.nCopies(5, block)))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.actions(Collections.nCopies(6, block)),
        "actions",
        Rule.TOO_MANY);
    expect(() -> AutoModerationChecks.actions(List.of()), "actions", Rule.TOO_FEW);
  }

  @Test
  void customMessageIsAtMost150Characters() {
    assertThatCode(() -> AutoModerationChecks.actions(List.of(block("a".repeat(150)))))
        .doesNotThrowAnyException();
    expect(
        () -> AutoModerationChecks.actions(List.of(block("a".repeat(151)))),
        "actions.0.metadata.custom_message",
        Rule.TOO_LONG);
  }

  @Test
  void timeoutIsAtMostFourWeeks() {
    assertThatCode(
            () ->
                AutoModerationChecks.actions(
                    List.of(new TimeoutAction(new TimeoutAction.Metadata(2_419_200)))))
        .doesNotThrowAnyException();
    expect(
        () ->
            AutoModerationChecks.actions(
                List.of(new TimeoutAction(new TimeoutAction.Metadata(2_419_201)))),
        "actions.0.metadata.duration_seconds",
        Rule.OUT_OF_RANGE);
  }

  static BlockMessageAction block(String customMessage) {
    return new BlockMessageAction(
        Optional.of(new BlockMessageAction.Metadata(Optional.of(customMessage))));
  }

  static void expect(Runnable check, String field, Rule rule) {
    ValidationException e = catchThrowableOfType(ValidationException.class, check::run);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }
}
