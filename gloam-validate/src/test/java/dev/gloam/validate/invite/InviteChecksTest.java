package dev.gloam.validate.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class InviteChecksTest {
  static void fails(ThrowingCallable check, String field, Rule rule) {
    assertThatThrownBy(check)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void maxAge() {
    assertThatCode(() -> InviteChecks.maxAge(0)).doesNotThrowAnyException();
    assertThatCode(() -> InviteChecks.maxAge(604_800)).doesNotThrowAnyException();
    fails(() -> InviteChecks.maxAge(604_801), "max_age", Rule.OUT_OF_RANGE);
    fails(() -> InviteChecks.maxAge(-1), "max_age", Rule.OUT_OF_RANGE);
  }

  @Test
  void maxUses() {
    assertThatCode(() -> InviteChecks.maxUses(0)).doesNotThrowAnyException();
    assertThatCode(() -> InviteChecks.maxUses(100)).doesNotThrowAnyException();
    fails(() -> InviteChecks.maxUses(101), "max_uses", Rule.OUT_OF_RANGE);
    fails(() -> InviteChecks.maxUses(-1), "max_uses", Rule.OUT_OF_RANGE);
  }

  @Test
  void roleIds() {
    assertThatCode(() -> InviteChecks.roleIds(Collections.nCopies(250, 1)))
        .doesNotThrowAnyException();
    fails(() -> InviteChecks.roleIds(Collections.nCopies(251, 1)), "role_ids", Rule.TOO_MANY);
  }

  @Test
  void targetUsersFile() {
    assertThatCode(() -> InviteChecks.targetUsersFile(new byte[] {'1'})).doesNotThrowAnyException();
    fails(() -> InviteChecks.targetUsersFile(new byte[0]), "target_users_file", Rule.TOO_SHORT);
  }
}
