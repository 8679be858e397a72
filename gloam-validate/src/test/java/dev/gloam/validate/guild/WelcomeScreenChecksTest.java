package dev.gloam.validate.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class WelcomeScreenChecksTest {
  @Test
  void descriptionHasAtMostOneHundredFortyCharacters() {
    passes(() -> WelcomeScreenChecks.description("d".repeat(140)));
    fails(() -> WelcomeScreenChecks.description("d".repeat(141)), "description", Rule.TOO_LONG);
  }

  @Test
  void atMostFiveChannelsWithShortDescriptions() {
    passes(() -> WelcomeScreenChecks.welcomeChannels(Collections.nCopies(5, 1)));
    fails(
        () -> WelcomeScreenChecks.welcomeChannels(Collections.nCopies(6, 1)),
        "welcome_channels",
        Rule.TOO_MANY);
    passes(() -> WelcomeScreenChecks.channelDescription(0, "c"));
    passes(() -> WelcomeScreenChecks.channelDescription(0, "c".repeat(50)));
    fails(
        () -> WelcomeScreenChecks.channelDescription(2, "c".repeat(51)),
        "welcome_channels[2].description",
        Rule.TOO_LONG);
    fails(
        () -> WelcomeScreenChecks.channelDescription(0, ""),
        "welcome_channels[0].description",
        Rule.TOO_SHORT);
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
