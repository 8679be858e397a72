package dev.gloam.validate.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GuildChannelChecksTest {
  @Test
  void nameIsRequiredWithOneToOneHundredCharacters() {
    passes(() -> GuildChannelChecks.name("c"));
    passes(() -> GuildChannelChecks.name("c".repeat(100)));
    fails(() -> GuildChannelChecks.name(""), "name", Rule.TOO_SHORT);
    fails(() -> GuildChannelChecks.name("c".repeat(101)), "name", Rule.TOO_LONG);
    fails(() -> GuildChannelChecks.name(null), "name", Rule.MISSING);
  }

  @Test
  void numbersAndListsHaveTheirLimits() {
    passes(() -> GuildChannelChecks.topic("t".repeat(4096)));
    fails(() -> GuildChannelChecks.topic("t".repeat(4097)), "topic", Rule.TOO_LONG);
    passes(() -> GuildChannelChecks.rateLimitPerUser("rate_limit_per_user", 21_600));
    fails(
        () -> GuildChannelChecks.rateLimitPerUser("rate_limit_per_user", 21_601),
        "rate_limit_per_user",
        Rule.OUT_OF_RANGE);
    passes(() -> GuildChannelChecks.bitrate(8000));
    fails(() -> GuildChannelChecks.bitrate(7999), "bitrate", Rule.OUT_OF_RANGE);
    passes(() -> GuildChannelChecks.userLimit(0));
    fails(() -> GuildChannelChecks.userLimit(-1), "user_limit", Rule.OUT_OF_RANGE);
    passes(() -> GuildChannelChecks.position("[0].position", 0));
    fails(() -> GuildChannelChecks.position("[0].position", -1), "[0].position", Rule.OUT_OF_RANGE);
    passes(() -> GuildChannelChecks.permissionOverwrites(Collections.nCopies(100, 1)));
    fails(
        () -> GuildChannelChecks.permissionOverwrites(Collections.nCopies(101, 1)),
        "permission_overwrites",
        Rule.TOO_MANY);
    passes(() -> GuildChannelChecks.availableTags(Collections.nCopies(20, 1)));
    fails(
        () -> GuildChannelChecks.availableTags(Collections.nCopies(21, 1)),
        "available_tags",
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
