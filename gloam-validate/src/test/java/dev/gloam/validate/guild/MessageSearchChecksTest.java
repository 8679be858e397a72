package dev.gloam.validate.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MessageSearchChecksTest {
  @Test
  void contentSlopLimitAndOffsetHaveTheirLimits() {
    passes(() -> MessageSearchChecks.content("c".repeat(1024)));
    fails(() -> MessageSearchChecks.content("c".repeat(1025)), "content", Rule.TOO_LONG);
    passes(() -> MessageSearchChecks.slop(100));
    fails(() -> MessageSearchChecks.slop(101), "slop", Rule.OUT_OF_RANGE);
    passes(() -> MessageSearchChecks.limit(1));
    passes(() -> MessageSearchChecks.limit(25));
    fails(() -> MessageSearchChecks.limit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> MessageSearchChecks.limit(26), "limit", Rule.OUT_OF_RANGE);
    passes(() -> MessageSearchChecks.offset(9975));
    fails(() -> MessageSearchChecks.offset(9976), "offset", Rule.OUT_OF_RANGE);
  }

  @Test
  void listFiltersHaveTheirCaps() {
    passes(() -> MessageSearchChecks.values("channel_id", Collections.nCopies(500, 1), 500));
    fails(
        () -> MessageSearchChecks.values("channel_id", Collections.nCopies(501, 1), 500),
        "channel_id",
        Rule.TOO_MANY);
    passes(() -> MessageSearchChecks.texts("link_hostname", List.of("h".repeat(256)), 256));
    fails(
        () -> MessageSearchChecks.texts("link_hostname", List.of("ok", "h".repeat(257)), 256),
        "link_hostname[1]",
        Rule.TOO_LONG);
    fails(
        () -> MessageSearchChecks.texts("embed_provider", Collections.nCopies(101, "p"), 256),
        "embed_provider",
        Rule.TOO_MANY);
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
