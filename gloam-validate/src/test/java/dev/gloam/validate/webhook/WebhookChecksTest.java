package dev.gloam.validate.webhook;

import static dev.gloam.validate.message.MessageChecksTest.fails;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gloam.validate.ValidationException.Rule;
import org.junit.jupiter.api.Test;

class WebhookChecksTest {
  @Test
  void name() {
    assertThatCode(() -> WebhookChecks.name("x")).doesNotThrowAnyException();
    assertThatCode(() -> WebhookChecks.name("x".repeat(80))).doesNotThrowAnyException();
    fails(() -> WebhookChecks.name(""), "name", Rule.TOO_SHORT);
    fails(() -> WebhookChecks.name("x".repeat(81)), "name", Rule.TOO_LONG);
    fails(() -> WebhookChecks.name("my CLYDE"), "name", Rule.NOT_ALLOWED);
    fails(() -> WebhookChecks.name("Discord bot"), "name", Rule.NOT_ALLOWED);
  }
}
