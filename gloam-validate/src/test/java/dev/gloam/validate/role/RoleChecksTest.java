package dev.gloam.validate.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RoleChecksTest {
  @Test
  void nameHasAtMostOneHundredCharacters() {
    passes(() -> RoleChecks.name("r"));
    passes(() -> RoleChecks.name("r".repeat(100)));
    fails(() -> RoleChecks.name("r".repeat(101)), "name", Rule.TOO_LONG);
    fails(() -> RoleChecks.name(""), "name", Rule.TOO_SHORT);
  }

  @Test
  void colorsAreTwentyFourBitValues() {
    passes(() -> RoleChecks.color("color", 0));
    passes(() -> RoleChecks.color("color", 0xFFFFFF));
    fails(() -> RoleChecks.color("color", 0x1000000), "color", Rule.OUT_OF_RANGE);
    fails(
        () -> RoleChecks.color("colors.secondary_color", -1),
        "colors.secondary_color",
        Rule.OUT_OF_RANGE);
  }

  @Test
  void unicodeEmojiHasAtMostOneHundredCharacters() {
    passes(() -> RoleChecks.unicodeEmoji("e".repeat(100)));
    fails(() -> RoleChecks.unicodeEmoji("e".repeat(101)), "unicode_emoji", Rule.TOO_LONG);
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
