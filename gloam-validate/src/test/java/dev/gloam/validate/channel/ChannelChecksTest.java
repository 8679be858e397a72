package dev.gloam.validate.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.forum.ForumTag;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ChannelChecksTest {
  static void fails(ThrowingCallable check, String field, Rule rule) {
    assertThatThrownBy(check)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  static ForumTag tag(String name) {
    return new ForumTag(null, name, false, Optional.empty(), Optional.empty());
  }

  @Test
  void name() {
    assertThatCode(() -> ChannelChecks.name("a")).doesNotThrowAnyException();
    assertThatCode(() -> ChannelChecks.name("a".repeat(100))).doesNotThrowAnyException();
    fails(() -> ChannelChecks.name(""), "name", Rule.TOO_SHORT);
    fails(() -> ChannelChecks.name("a".repeat(101)), "name", Rule.TOO_LONG);
  }

  @Test
  void topicDependsOnTheChannelType() {
    assertThatCode(() -> ChannelChecks.topic("t".repeat(1024), ChannelType.GUILD_TEXT))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.topic("t".repeat(1025), ChannelType.GUILD_TEXT),
        "topic",
        Rule.TOO_LONG);
    assertThatCode(() -> ChannelChecks.topic("t".repeat(4096), ChannelType.GUILD_FORUM))
        .doesNotThrowAnyException();
    assertThatCode(() -> ChannelChecks.topic("t".repeat(4096), ChannelType.GUILD_MEDIA))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.topic("t".repeat(4097), ChannelType.GUILD_FORUM),
        "topic",
        Rule.TOO_LONG);
    assertThatCode(() -> ChannelChecks.topic("t".repeat(4096), null)).doesNotThrowAnyException();
    fails(() -> ChannelChecks.topic("t".repeat(4097), null), "topic", Rule.TOO_LONG);
    assertThatCode(() -> ChannelChecks.topic(null, ChannelType.GUILD_TEXT))
        .doesNotThrowAnyException();
  }

  @Test
  void rateLimitPerUser() {
    assertThatCode(() -> ChannelChecks.rateLimitPerUser("rate_limit_per_user", 0))
        .doesNotThrowAnyException();
    assertThatCode(() -> ChannelChecks.rateLimitPerUser("rate_limit_per_user", 21_600))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.rateLimitPerUser("rate_limit_per_user", 21_601),
        "rate_limit_per_user",
        Rule.OUT_OF_RANGE);
    fails(
        () -> ChannelChecks.rateLimitPerUser("rate_limit_per_user", -1),
        "rate_limit_per_user",
        Rule.OUT_OF_RANGE);
  }

  @Test
  void bitrate() {
    assertThatCode(() -> ChannelChecks.bitrate(8000)).doesNotThrowAnyException();
    fails(() -> ChannelChecks.bitrate(7999), "bitrate", Rule.OUT_OF_RANGE);
  }

  @Test
  void userLimitDependsOnTheChannelType() {
    assertThatCode(() -> ChannelChecks.userLimit(0, ChannelType.GUILD_VOICE))
        .doesNotThrowAnyException();
    assertThatCode(() -> ChannelChecks.userLimit(99, ChannelType.GUILD_VOICE))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.userLimit(100, ChannelType.GUILD_VOICE),
        "user_limit",
        Rule.OUT_OF_RANGE);
    fails(
        () -> ChannelChecks.userLimit(-1, ChannelType.GUILD_VOICE),
        "user_limit",
        Rule.OUT_OF_RANGE);
    assertThatCode(() -> ChannelChecks.userLimit(10_000, ChannelType.GUILD_STAGE_VOICE))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.userLimit(10_001, ChannelType.GUILD_STAGE_VOICE),
        "user_limit",
        Rule.OUT_OF_RANGE);
    fails(() -> ChannelChecks.userLimit(10_001, null), "user_limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void availableTags() {
    assertThatCode(() -> ChannelChecks.availableTags(Collections.nCopies(20, tag("t"))))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.availableTags(Collections.nCopies(21, tag("t"))),
        "available_tags",
        Rule.TOO_MANY);
    assertThatCode(() -> ChannelChecks.availableTags(List.of(tag("n".repeat(20)))))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.availableTags(List.of(tag("ok"), tag("n".repeat(21)))),
        "available_tags[1].name",
        Rule.TOO_LONG);
  }

  @Test
  void permissionOverwrites() {
    assertThatCode(() -> ChannelChecks.permissionOverwrites(Collections.nCopies(100, "o")))
        .doesNotThrowAnyException();
    fails(
        () -> ChannelChecks.permissionOverwrites(Collections.nCopies(101, "o")),
        "permission_overwrites",
        Rule.TOO_MANY);
  }

  @Test
  void voiceStatus() {
    assertThatCode(() -> ChannelChecks.voiceStatus("s".repeat(500))).doesNotThrowAnyException();
    assertThatCode(() -> ChannelChecks.voiceStatus(null)).doesNotThrowAnyException();
    fails(() -> ChannelChecks.voiceStatus("s".repeat(501)), "status", Rule.TOO_LONG);
  }
}
