package dev.gloam.validate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TemplateChecksTest {
  @Test
  void nameHasOneToOneHundredCharacters() {
    passes(() -> TemplateChecks.name("a"));
    passes(() -> TemplateChecks.name("a".repeat(100)));
    fails(() -> TemplateChecks.name(""), "name", Rule.TOO_SHORT);
    fails(() -> TemplateChecks.name("a".repeat(101)), "name", Rule.TOO_LONG);
  }

  @Test
  void descriptionHasAtMostOneHundredTwentyCharacters() {
    passes(() -> TemplateChecks.description(null));
    passes(() -> TemplateChecks.description(""));
    passes(() -> TemplateChecks.description("d".repeat(120)));
    fails(() -> TemplateChecks.description("d".repeat(121)), "description", Rule.TOO_LONG);
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
