package dev.gloam.validate.emoji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import org.junit.jupiter.api.Test;

class EmojiChecksTest {
  @Test
  void nameHasTwoToThirtyTwoCharacters() {
    assertThatCode(() -> EmojiChecks.name("ab")).doesNotThrowAnyException();
    assertThatCode(() -> EmojiChecks.name("a".repeat(32))).doesNotThrowAnyException();
    expect(() -> EmojiChecks.name("a"), "name", Rule.TOO_SHORT);
    expect(() -> EmojiChecks.name("a".repeat(33)), "name", Rule.TOO_LONG);
  }

  @Test
  void nameTakesLettersDigitsAndUnderscoresOnly() {
    assertThatCode(() -> EmojiChecks.name("gloam_2")).doesNotThrowAnyException();
    expect(() -> EmojiChecks.name("gloam-2"), "name", Rule.MALFORMED);
    expect(() -> EmojiChecks.name("two words"), "name", Rule.MALFORMED);
  }

  @Test
  void imageIsAtMost256KiB() {
    assertThatCode(() -> EmojiChecks.image(256 * 1024)).doesNotThrowAnyException();
    expect(() -> EmojiChecks.image(256 * 1024 + 1), "image", Rule.OUT_OF_RANGE);
  }

  static void expect(Runnable check, String field, Rule rule) {
    ValidationException e = catchThrowableOfType(ValidationException.class, check::run);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }
}
