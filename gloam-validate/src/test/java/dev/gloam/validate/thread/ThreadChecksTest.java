package dev.gloam.validate.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ThreadChecksTest {
  static void fails(ThrowingCallable check, String field, Rule rule) {
    assertThatThrownBy(check)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  static Embed embed(String description) {
    return ModelJson.read("{\"description\":\"" + description + "\"}", Embed.class);
  }

  @Test
  void name() {
    assertThatCode(() -> ThreadChecks.name("a")).doesNotThrowAnyException();
    assertThatCode(() -> ThreadChecks.name("a".repeat(100))).doesNotThrowAnyException();
    fails(() -> ThreadChecks.name(""), "name", Rule.TOO_SHORT);
    fails(() -> ThreadChecks.name("a".repeat(101)), "name", Rule.TOO_LONG);
  }

  @Test
  void autoArchiveDurationIsOneOfFourValues() {
    for (int minutes : List.of(60, 1440, 4320, 10_080)) {
      assertThatCode(
              () ->
                  ThreadChecks.autoArchiveDuration(
                      "auto_archive_duration", AutoArchiveDuration.of(minutes)))
          .doesNotThrowAnyException();
    }
    fails(
        () -> ThreadChecks.autoArchiveDuration("auto_archive_duration", AutoArchiveDuration.of(61)),
        "auto_archive_duration",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            ThreadChecks.autoArchiveDuration(
                "default_auto_archive_duration", AutoArchiveDuration.of(10_081)),
        "default_auto_archive_duration",
        Rule.NOT_ALLOWED);
  }

  @Test
  void appliedTags() {
    assertThatCode(() -> ThreadChecks.appliedTags(Collections.nCopies(5, 1)))
        .doesNotThrowAnyException();
    fails(() -> ThreadChecks.appliedTags(Collections.nCopies(6, 1)), "applied_tags", Rule.TOO_MANY);
  }

  @Test
  void memberListLimit() {
    assertThatCode(() -> ThreadChecks.memberListLimit(1)).doesNotThrowAnyException();
    assertThatCode(() -> ThreadChecks.memberListLimit(100)).doesNotThrowAnyException();
    fails(() -> ThreadChecks.memberListLimit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> ThreadChecks.memberListLimit(101), "limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void archivedLimit() {
    assertThatCode(() -> ThreadChecks.archivedLimit(2)).doesNotThrowAnyException();
    assertThatCode(() -> ThreadChecks.archivedLimit(100)).doesNotThrowAnyException();
    fails(() -> ThreadChecks.archivedLimit(1), "limit", Rule.OUT_OF_RANGE);
    fails(() -> ThreadChecks.archivedLimit(101), "limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void search() {
    assertThatCode(() -> ThreadChecks.searchName("n".repeat(100))).doesNotThrowAnyException();
    fails(() -> ThreadChecks.searchName("n".repeat(101)), "name", Rule.TOO_LONG);
    assertThatCode(() -> ThreadChecks.searchSlop(0)).doesNotThrowAnyException();
    assertThatCode(() -> ThreadChecks.searchSlop(100)).doesNotThrowAnyException();
    fails(() -> ThreadChecks.searchSlop(101), "slop", Rule.OUT_OF_RANGE);
    fails(() -> ThreadChecks.searchSlop(-1), "slop", Rule.OUT_OF_RANGE);
    assertThatCode(() -> ThreadChecks.searchTags(Collections.nCopies(20, 1)))
        .doesNotThrowAnyException();
    fails(() -> ThreadChecks.searchTags(Collections.nCopies(21, 1)), "tag", Rule.TOO_MANY);
    assertThatCode(() -> ThreadChecks.searchLimit(1)).doesNotThrowAnyException();
    assertThatCode(() -> ThreadChecks.searchLimit(25)).doesNotThrowAnyException();
    fails(() -> ThreadChecks.searchLimit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> ThreadChecks.searchLimit(26), "limit", Rule.OUT_OF_RANGE);
    assertThatCode(() -> ThreadChecks.searchOffset(0)).doesNotThrowAnyException();
    assertThatCode(() -> ThreadChecks.searchOffset(9975)).doesNotThrowAnyException();
    fails(() -> ThreadChecks.searchOffset(9976), "offset", Rule.OUT_OF_RANGE);
    fails(() -> ThreadChecks.searchOffset(-1), "offset", Rule.OUT_OF_RANGE);
  }

  @Test
  void forumMessage() {
    assertThatCode(() -> ForumMessageChecks.content("c".repeat(2000))).doesNotThrowAnyException();
    fails(() -> ForumMessageChecks.content("c".repeat(2001)), "message.content", Rule.TOO_LONG);
    assertThatCode(() -> ForumMessageChecks.embeds(Collections.nCopies(10, embed("d"))))
        .doesNotThrowAnyException();
    fails(
        () -> ForumMessageChecks.embeds(Collections.nCopies(11, embed("d"))),
        "message.embeds",
        Rule.TOO_MANY);
    assertThatCode(() -> ForumMessageChecks.embeds(Collections.nCopies(2, embed("d".repeat(3000)))))
        .doesNotThrowAnyException();
    fails(
        () -> ForumMessageChecks.embeds(List.of(embed("d".repeat(3000)), embed("d".repeat(3001)))),
        "message.embeds",
        Rule.TOO_LONG);
    assertThatCode(() -> ForumMessageChecks.stickerIds(Collections.nCopies(3, 1)))
        .doesNotThrowAnyException();
    fails(
        () -> ForumMessageChecks.stickerIds(Collections.nCopies(4, 1)),
        "message.sticker_ids",
        Rule.TOO_MANY);
    assertThatCode(() -> ForumMessageChecks.attachments(10)).doesNotThrowAnyException();
    fails(() -> ForumMessageChecks.attachments(11), "message.attachments", Rule.OUT_OF_RANGE);
    assertThatCode(() -> ForumMessageChecks.notEmpty(true)).doesNotThrowAnyException();
    fails(() -> ForumMessageChecks.notEmpty(false), "message.content", Rule.MISSING);
  }
}
