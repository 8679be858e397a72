package dev.gloam.validate.soundboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import org.junit.jupiter.api.Test;

class SoundboardChecksTest {
  @Test
  void nameHasTwoToThirtyTwoCharacters() {
    assertThatCode(() -> SoundboardChecks.name("ab")).doesNotThrowAnyException();
    assertThatCode(() -> SoundboardChecks.name("a".repeat(32))).doesNotThrowAnyException();
    expect(() -> SoundboardChecks.name("a"), "name", Rule.TOO_SHORT);
    expect(() -> SoundboardChecks.name("a".repeat(33)), "name", Rule.TOO_LONG);
  }

  @Test
  void volumeIsFromZeroToOne() {
    assertThatCode(() -> SoundboardChecks.volume(0.0)).doesNotThrowAnyException();
    assertThatCode(() -> SoundboardChecks.volume(1.0)).doesNotThrowAnyException();
    assertThatCode(() -> SoundboardChecks.volume(null)).doesNotThrowAnyException();
    expect(() -> SoundboardChecks.volume(-0.01), "volume", Rule.OUT_OF_RANGE);
    expect(() -> SoundboardChecks.volume(1.01), "volume", Rule.OUT_OF_RANGE);
    expect(() -> SoundboardChecks.volume(Double.NaN), "volume", Rule.OUT_OF_RANGE);
  }

  @Test
  void emojiNameHasOneToThirtyTwoCharacters() {
    assertThatCode(() -> SoundboardChecks.emojiName("a".repeat(32))).doesNotThrowAnyException();
    expect(() -> SoundboardChecks.emojiName(""), "emoji_name", Rule.TOO_SHORT);
    expect(() -> SoundboardChecks.emojiName("a".repeat(33)), "emoji_name", Rule.TOO_LONG);
  }

  @Test
  void soundIsAtMost512KiB() {
    assertThatCode(() -> SoundboardChecks.sound(512 * 1024)).doesNotThrowAnyException();
    expect(() -> SoundboardChecks.sound(512 * 1024 + 1), "sound", Rule.OUT_OF_RANGE);
  }

  static void expect(Runnable check, String field, Rule rule) {
    ValidationException e = catchThrowableOfType(ValidationException.class, check::run);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }
}
