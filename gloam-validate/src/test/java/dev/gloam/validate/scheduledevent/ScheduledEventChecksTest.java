package dev.gloam.validate.scheduledevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ScheduledEventChecksTest {
  static final Instant START = Instant.parse("2030-01-01T18:00:00Z");

  @Test
  void nameHasOneToHundredCharacters() {
    assertThatCode(() -> ScheduledEventChecks.name("a")).doesNotThrowAnyException();
    assertThatCode(() -> ScheduledEventChecks.name("a".repeat(100))).doesNotThrowAnyException();
    expect(() -> ScheduledEventChecks.name(""), "name", Rule.TOO_SHORT);
    expect(() -> ScheduledEventChecks.name("a".repeat(101)), "name", Rule.TOO_LONG);
  }

  @Test
  void descriptionHasOneToThousandCharacters() {
    assertThatCode(() -> ScheduledEventChecks.description("a")).doesNotThrowAnyException();
    assertThatCode(() -> ScheduledEventChecks.description("a".repeat(1000)))
        .doesNotThrowAnyException();
    expect(() -> ScheduledEventChecks.description(""), "description", Rule.TOO_SHORT);
    expect(() -> ScheduledEventChecks.description("a".repeat(1001)), "description", Rule.TOO_LONG);
  }

  @Test
  void locationHasOneToHundredCharacters() {
    assertThatCode(() -> ScheduledEventChecks.location("a".repeat(100))).doesNotThrowAnyException();
    expect(() -> ScheduledEventChecks.location(""), "entity_metadata.location", Rule.TOO_SHORT);
    expect(
        () -> ScheduledEventChecks.location("a".repeat(101)),
        "entity_metadata.location",
        Rule.TOO_LONG);
  }

  @Test
  void externalEventsNeedALocationAnEndAndNoChannel() {
    GuildScheduledEventEntityType external = GuildScheduledEventEntityType.EXTERNAL;
    Instant end = START.plusSeconds(3600);
    assertThatCode(() -> ScheduledEventChecks.entity(external, false, "park", end))
        .doesNotThrowAnyException();
    expect(
        () -> ScheduledEventChecks.entity(external, false, null, end),
        "entity_metadata.location",
        Rule.MISSING);
    expect(
        () -> ScheduledEventChecks.entity(external, false, "park", null),
        "scheduled_end_time",
        Rule.MISSING);
    expect(
        () -> ScheduledEventChecks.entity(external, true, "park", end),
        "channel_id",
        Rule.NOT_ALLOWED);
  }

  @Test
  void stageAndVoiceEventsNeedAChannel() {
    for (GuildScheduledEventEntityType type :
        new GuildScheduledEventEntityType[] {
          GuildScheduledEventEntityType.STAGE_INSTANCE, GuildScheduledEventEntityType.VOICE
        }) {
      assertThatCode(() -> ScheduledEventChecks.entity(type, true, null, null))
          .doesNotThrowAnyException();
      expect(
          () -> ScheduledEventChecks.entity(type, false, null, null), "channel_id", Rule.MISSING);
    }
  }

  @Test
  void anEventEndsAfterItStarts() {
    assertThatCode(() -> ScheduledEventChecks.times(START, START.plusSeconds(1)))
        .doesNotThrowAnyException();
    assertThatCode(() -> ScheduledEventChecks.times(START, null)).doesNotThrowAnyException();
    expect(() -> ScheduledEventChecks.times(START, START), "scheduled_end_time", Rule.OUT_OF_RANGE);
  }

  @Test
  void aPageHasOneToHundredUsers() {
    assertThatCode(() -> ScheduledEventChecks.usersLimit(1)).doesNotThrowAnyException();
    assertThatCode(() -> ScheduledEventChecks.usersLimit(100)).doesNotThrowAnyException();
    expect(() -> ScheduledEventChecks.usersLimit(0), "limit", Rule.OUT_OF_RANGE);
    expect(() -> ScheduledEventChecks.usersLimit(101), "limit", Rule.OUT_OF_RANGE);
  }

  @Test
  void atMostTenExceptionsAreCounted() {
    assertThatCode(() -> ScheduledEventChecks.exceptionIds(Collections.nCopies(10, 1L)))
        .doesNotThrowAnyException();
    expect(
        () -> ScheduledEventChecks.exceptionIds(Collections.nCopies(11, 1L)),
        "guild_scheduled_event_exception_ids",
        Rule.TOO_MANY);
  }

  static void expect(Runnable check, String field, Rule rule) {
    ValidationException e = catchThrowableOfType(ValidationException.class, check::run);
    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
  }
}
