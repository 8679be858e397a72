package dev.gloam.validate.sticker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import org.junit.jupiter.api.Test;

class StickerChecksTest {
  @Test
  void nameHasTwoToThirtyCharacters() {
    assertThatCode(() -> StickerChecks.name("ab")).doesNotThrowAnyException();
    assertThatCode(() -> StickerChecks.name("a".repeat(30))).doesNotThrowAnyException();
    expect(() -> StickerChecks.name("a"), "name", Rule.TOO_SHORT);
    expect(() -> StickerChecks.name("a".repeat(31)), "name", Rule.TOO_LONG);
  }

  @Test
  void descriptionIsEmptyOrTwoToHundredCharacters() {
    assertThatCode(() -> StickerChecks.description("")).doesNotThrowAnyException();
    assertThatCode(() -> StickerChecks.description("ab")).doesNotThrowAnyException();
    assertThatCode(() -> StickerChecks.description("a".repeat(100))).doesNotThrowAnyException();
    expect(() -> StickerChecks.description("a"), "description", Rule.TOO_SHORT);
    expect(() -> StickerChecks.description("a".repeat(101)), "description", Rule.TOO_LONG);
  }

  @Test
  void tagsHaveOneToTwoHundredCharacters() {
    assertThatCode(() -> StickerChecks.tags("a")).doesNotThrowAnyException();
    assertThatCode(() -> StickerChecks.tags("a".repeat(200))).doesNotThrowAnyException();
    expect(() -> StickerChecks.tags(""), "tags", Rule.TOO_SHORT);
    expect(() -> StickerChecks.tags("a".repeat(201)), "tags", Rule.TOO_LONG);
  }

  @Test
  void fileIsAtMost512KiB() {
    assertThatCode(() -> StickerChecks.file(512 * 1024)).doesNotThrowAnyException();
    expect(() -> StickerChecks.file(512 * 1024 + 1), "file", Rule.OUT_OF_RANGE);
  }

  static void expect(Runnable check, String field, Rule rule) {
    ValidationException e = catchThrowableOfType(ValidationException.class, check::run);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }
}
