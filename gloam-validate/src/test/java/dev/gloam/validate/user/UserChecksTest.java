package dev.gloam.validate.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserChecksTest {
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
  void usernames() {
    assertThatCode(() -> UserChecks.username("username", "ab")).doesNotThrowAnyException();
    assertThatCode(() -> UserChecks.username("username", "a".repeat(32)))
        .doesNotThrowAnyException();
    fails(() -> UserChecks.username("username", "a"), "username", Rule.TOO_SHORT);
    fails(() -> UserChecks.username("username", "a".repeat(33)), "username", Rule.TOO_LONG);
    for (String bad : new String[] {"a@b", "a#b", "a:b", "a```b", "myDiscordbot"}) {
      fails(() -> UserChecks.username("username", bad), "username", Rule.NOT_ALLOWED);
    }
    fails(() -> UserChecks.username("username", "everyone"), "username", Rule.NOT_ALLOWED);
    fails(() -> UserChecks.username("username", "here"), "username", Rule.NOT_ALLOWED);
  }

  @Test
  void roleConnections() {
    assertThatCode(() -> UserChecks.platformName("p".repeat(50))).doesNotThrowAnyException();
    fails(() -> UserChecks.platformName("p".repeat(51)), "platform_name", Rule.TOO_LONG);
    assertThatCode(() -> UserChecks.platformUsername("p".repeat(100))).doesNotThrowAnyException();
    fails(() -> UserChecks.platformUsername("p".repeat(101)), "platform_username", Rule.TOO_LONG);
    assertThatCode(() -> UserChecks.roleConnectionMetadata(Map.of("wins", "1".repeat(100))))
        .doesNotThrowAnyException();
    fails(
        () -> UserChecks.roleConnectionMetadata(Map.of("wins", "1".repeat(101))),
        "metadata.wins",
        Rule.TOO_LONG);
  }
}
