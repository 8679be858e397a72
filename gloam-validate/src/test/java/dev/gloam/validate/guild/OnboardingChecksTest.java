package dev.gloam.validate.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OnboardingChecksTest {
  @Test
  void atMostFifteenPromptsAndFiveHundredDefaultChannels() {
    passes(() -> OnboardingChecks.prompts(Collections.nCopies(15, 1)));
    fails(() -> OnboardingChecks.prompts(Collections.nCopies(16, 1)), "prompts", Rule.TOO_MANY);
    passes(() -> OnboardingChecks.defaultChannelIds(Collections.nCopies(500, 1)));
    fails(
        () -> OnboardingChecks.defaultChannelIds(Collections.nCopies(501, 1)),
        "default_channel_ids",
        Rule.TOO_MANY);
  }

  @Test
  void promptsHaveTitlesAndOneToFiftyOptions() {
    passes(() -> OnboardingChecks.prompt(0, "t".repeat(100), List.of(1)));
    passes(() -> OnboardingChecks.prompt(0, "t", Collections.nCopies(50, 1)));
    fails(
        () -> OnboardingChecks.prompt(1, "t".repeat(101), List.of(1)),
        "prompts[1].title",
        Rule.TOO_LONG);
    fails(() -> OnboardingChecks.prompt(0, "t", List.of()), "prompts[0].options", Rule.TOO_FEW);
    fails(
        () -> OnboardingChecks.prompt(0, "t", Collections.nCopies(51, 1)),
        "prompts[0].options",
        Rule.TOO_MANY);
  }

  @Test
  void optionsHaveTheirLimits() {
    passes(
        () ->
            OnboardingChecks.option(
                0,
                0,
                "o".repeat(50),
                "d".repeat(100),
                Collections.nCopies(50, 1),
                Collections.nCopies(50, 1)));
    fails(
        () -> OnboardingChecks.option(0, 1, "o".repeat(51), null, null, null),
        "prompts[0].options[1].title",
        Rule.TOO_LONG);
    fails(
        () -> OnboardingChecks.option(0, 0, "o", "d".repeat(101), null, null),
        "prompts[0].options[0].description",
        Rule.TOO_LONG);
    fails(
        () -> OnboardingChecks.option(0, 0, "o", null, Collections.nCopies(51, 1), null),
        "prompts[0].options[0].role_ids",
        Rule.TOO_MANY);
    fails(
        () -> OnboardingChecks.option(0, 0, "o", null, null, Collections.nCopies(51, 1)),
        "prompts[0].options[0].channel_ids",
        Rule.TOO_MANY);
  }

  private static void passes(ThrowingCallable check) {
    assertThatCode(check).doesNotThrowAnyException();
  }

  private static void fails(ThrowingCallable check, String field, Rule rule) {
    assertThatThrownBy(check)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
