package dev.gloam.validate.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BanChecksTest {
  @Test
  void pagesHoldOneToOneThousandBans() {
    passes(() -> BanChecks.limit(1));
    passes(() -> BanChecks.limit(1000));
    fails(() -> BanChecks.limit(0), "limit", Rule.OUT_OF_RANGE);
    fails(() -> BanChecks.limit(1001), "limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void messagesAreDeletedAtMostSevenDaysBack() {
    passes(() -> BanChecks.deleteMessageSeconds(0));
    passes(() -> BanChecks.deleteMessageSeconds(604_800));
    fails(() -> BanChecks.deleteMessageSeconds(-1), "delete_message_seconds", Rule.OUT_OF_RANGE);
    fails(
        () -> BanChecks.deleteMessageSeconds(604_801), "delete_message_seconds", Rule.OUT_OF_RANGE);
    passes(() -> BanChecks.deleteMessageDays(7));
    fails(() -> BanChecks.deleteMessageDays(8), "delete_message_days", Rule.OUT_OF_RANGE);
  }

  @Test
  void bulkBanTakesOneToTwoHundredUsers() {
    passes(() -> BanChecks.bulkBanUsers(List.of(1L)));
    passes(() -> BanChecks.bulkBanUsers(Collections.nCopies(200, 1L)));
    fails(() -> BanChecks.bulkBanUsers(List.of()), "user_ids", Rule.TOO_FEW);
    fails(() -> BanChecks.bulkBanUsers(Collections.nCopies(201, 1L)), "user_ids", Rule.TOO_MANY);
    fails(() -> BanChecks.bulkBanUsers(null), "user_ids", Rule.MISSING);
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
