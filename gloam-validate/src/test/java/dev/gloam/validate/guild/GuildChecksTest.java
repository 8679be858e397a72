package dev.gloam.validate.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GuildChecksTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void nameHasTwoToOneHundredCharacters() {
    passes(() -> GuildChecks.name("ab"));
    passes(() -> GuildChecks.name("a".repeat(100)));
    fails(() -> GuildChecks.name("a"), "name", Rule.TOO_SHORT);
    fails(() -> GuildChecks.name("a".repeat(101)), "name", Rule.TOO_LONG);
  }

  @Test
  void descriptionHasAtMostThreeHundredCharacters() {
    passes(() -> GuildChecks.description("d".repeat(300)));
    fails(() -> GuildChecks.description("d".repeat(301)), "description", Rule.TOO_LONG);
  }

  @Test
  void afkTimeoutIsOneOfFiveValues() {
    for (int seconds : List.of(60, 300, 900, 1800, 3600)) {
      passes(() -> GuildChecks.afkTimeout(seconds));
    }
    fails(() -> GuildChecks.afkTimeout(61), "afk_timeout", Rule.NOT_ALLOWED);
  }

  @Test
  void pruneCountsOneToThirtyDaysAndAtMostOneHundredRoles() {
    passes(() -> GuildChecks.pruneDays(1));
    passes(() -> GuildChecks.pruneDays(30));
    fails(() -> GuildChecks.pruneDays(0), "days", Rule.OUT_OF_RANGE);
    fails(() -> GuildChecks.pruneDays(31), "days", Rule.OUT_OF_RANGE);
    passes(() -> GuildChecks.pruneIncludeRoles(Collections.nCopies(100, 1L)));
    fails(
        () -> GuildChecks.pruneIncludeRoles(Collections.nCopies(101, 1L)),
        "include_roles",
        Rule.TOO_MANY);
  }

  @Test
  void auditLogPagesHoldOneToOneHundredEntries() {
    passes(() -> GuildChecks.auditLogLimit(1));
    passes(() -> GuildChecks.auditLogLimit(100));
    fails(() -> GuildChecks.auditLogLimit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> GuildChecks.auditLogLimit(101), "limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void joinRequestPagesAndRejectionReasonsHaveTheirLimits() {
    passes(() -> GuildChecks.joinRequestsLimit(1));
    passes(() -> GuildChecks.joinRequestsLimit(100));
    fails(() -> GuildChecks.joinRequestsLimit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> GuildChecks.joinRequestsLimit(101), "limit", Rule.OUT_OF_RANGE);
    passes(() -> GuildChecks.rejectionReason("r".repeat(160)));
    fails(() -> GuildChecks.rejectionReason("r".repeat(161)), "rejection_reason", Rule.TOO_LONG);
  }

  @Test
  void incidentActionsLastAtMostTwentyFourHours() {
    passes(() -> GuildChecks.incidentActionUntil("dms_disabled_until", null, NOW));
    passes(
        () ->
            GuildChecks.incidentActionUntil(
                "dms_disabled_until", NOW.plus(Duration.ofHours(24)), NOW));
    fails(
        () ->
            GuildChecks.incidentActionUntil(
                "invites_disabled_until", NOW.plus(Duration.ofHours(24)).plusSeconds(1), NOW),
        "invites_disabled_until",
        Rule.OUT_OF_RANGE);
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
