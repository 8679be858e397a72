package dev.gloam.validate.lobby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LobbyChecksTest {
  static void fails(Runnable check, String field, Rule rule) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void limits() {
    assertThatCode(() -> LobbyChecks.idleTimeoutSeconds(5)).doesNotThrowAnyException();
    assertThatCode(() -> LobbyChecks.idleTimeoutSeconds(604_800)).doesNotThrowAnyException();
    fails(() -> LobbyChecks.idleTimeoutSeconds(4), "idle_timeout_seconds", Rule.OUT_OF_RANGE);
    fails(() -> LobbyChecks.idleTimeoutSeconds(604_801), "idle_timeout_seconds", Rule.OUT_OF_RANGE);
    assertThatCode(() -> LobbyChecks.metadata("metadata", Map.of("k", "v".repeat(999))))
        .doesNotThrowAnyException();
    fails(
        () -> LobbyChecks.metadata("metadata", Map.of("k", "v".repeat(1000))),
        "metadata",
        Rule.TOO_LONG);
    assertThatCode(() -> LobbyChecks.members(Collections.nCopies(25, 1)))
        .doesNotThrowAnyException();
    fails(() -> LobbyChecks.members(Collections.nCopies(26, 1)), "members", Rule.TOO_MANY);
    assertThatCode(() -> LobbyChecks.additionalName("additional_name", "n".repeat(80)))
        .doesNotThrowAnyException();
    fails(
        () -> LobbyChecks.additionalName("additional_name", "n".repeat(81)),
        "additional_name",
        Rule.TOO_LONG);
    assertThatCode(() -> LobbyChecks.secret("s".repeat(250))).doesNotThrowAnyException();
    fails(() -> LobbyChecks.secret("s".repeat(251)), "secret", Rule.TOO_LONG);
    assertThatCode(() -> LobbyChecks.content("c".repeat(4000))).doesNotThrowAnyException();
    fails(() -> LobbyChecks.content("c".repeat(4001)), "content", Rule.TOO_LONG);
    assertThatCode(() -> LobbyChecks.messagesLimit(200)).doesNotThrowAnyException();
    fails(() -> LobbyChecks.messagesLimit(201), "limit", Rule.OUT_OF_RANGE);
  }
}
