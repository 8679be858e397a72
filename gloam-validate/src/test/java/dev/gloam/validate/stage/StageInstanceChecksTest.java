package dev.gloam.validate.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import org.junit.jupiter.api.Test;

class StageInstanceChecksTest {
  @Test
  void topic() {
    assertThatCode(() -> StageInstanceChecks.topic("t")).doesNotThrowAnyException();
    assertThatCode(() -> StageInstanceChecks.topic("t".repeat(120))).doesNotThrowAnyException();
    assertThatThrownBy(() -> StageInstanceChecks.topic(""))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.TOO_SHORT));
    assertThatThrownBy(() -> StageInstanceChecks.topic("t".repeat(121)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("topic");
              assertThat(e.rule()).isEqualTo(Rule.TOO_LONG);
            });
  }
}
