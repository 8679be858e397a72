package dev.gloam.validate.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MemberChecksTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void nicknameHasOneToThirtyTwoCharacters() {
    passes(() -> MemberChecks.nick(null));
    passes(() -> MemberChecks.nick("n"));
    passes(() -> MemberChecks.nick("n".repeat(32)));
    fails(() -> MemberChecks.nick(""), "nick", Rule.TOO_SHORT);
    fails(() -> MemberChecks.nick("n".repeat(33)), "nick", Rule.TOO_LONG);
  }

  @Test
  void timeoutEndsAtMostTwentyEightDaysAhead() {
    passes(() -> MemberChecks.communicationDisabledUntil(null, NOW));
    passes(() -> MemberChecks.communicationDisabledUntil(NOW.minusSeconds(60), NOW));
    passes(() -> MemberChecks.communicationDisabledUntil(NOW.plus(Duration.ofDays(28)), NOW));
    fails(
        () ->
            MemberChecks.communicationDisabledUntil(
                NOW.plus(Duration.ofDays(28)).plusSeconds(1), NOW),
        "communication_disabled_until",
        Rule.OUT_OF_RANGE);
  }

  @Test
  void pagesHoldOneToOneThousandMembers() {
    passes(() -> MemberChecks.listLimit(1));
    passes(() -> MemberChecks.listLimit(1000));
    fails(() -> MemberChecks.listLimit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> MemberChecks.listLimit(1001), "limit", Rule.OUT_OF_RANGE);
    passes(() -> MemberChecks.searchLimit(1));
    passes(() -> MemberChecks.searchLimit(1000));
    fails(() -> MemberChecks.searchLimit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> MemberChecks.searchLimit(1001), "limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void searchQueryIsRequiredWithOneToOneHundredCharacters() {
    passes(() -> MemberChecks.searchQuery("a"));
    passes(() -> MemberChecks.searchQuery("a".repeat(100)));
    fails(() -> MemberChecks.searchQuery(null), "query", Rule.MISSING);
    fails(() -> MemberChecks.searchQuery(""), "query", Rule.TOO_SHORT);
    fails(() -> MemberChecks.searchQuery("a".repeat(101)), "query", Rule.TOO_LONG);
  }

  @Test
  void rolesBioAndAccessTokenHaveTheirLimits() {
    passes(() -> MemberChecks.roles(Collections.nCopies(350, 1L)));
    fails(() -> MemberChecks.roles(Collections.nCopies(351, 1L)), "roles", Rule.TOO_MANY);
    passes(() -> MemberChecks.addRoles(Collections.nCopies(250, 1L)));
    fails(() -> MemberChecks.addRoles(Collections.nCopies(251, 1L)), "roles", Rule.TOO_MANY);
    passes(() -> MemberChecks.bio("b".repeat(190)));
    fails(() -> MemberChecks.bio("b".repeat(191)), "bio", Rule.TOO_LONG);
    passes(() -> MemberChecks.accessToken("t".repeat(10240)));
    fails(() -> MemberChecks.accessToken("t".repeat(10241)), "access_token", Rule.TOO_LONG);
    fails(() -> MemberChecks.accessToken(null), "access_token", Rule.MISSING);
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
