package dev.gloam.model.guild.scheduledevent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.value.ImageHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GuildScheduledEventTest {
  static String payload(String name) {
    try (InputStream in =
        GuildScheduledEventTest.class.getResourceAsStream("/payloads/moderation/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<GuildScheduledEvent> events() {
    return List.of(ModelJson.read(payload("scheduled_events.json"), GuildScheduledEvent[].class));
  }

  @Test
  void readsAStageEventWithEveryField() {
    GuildScheduledEvent event = events().get(0);
    assertThat(event.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(event.guildId()).isEqualTo(Id.parse("18446744073709551614"));
    assertThat(event.channelId()).contains(Id.parse("18446744073709551613"));
    assertThat(event.creatorId()).contains(Id.parse("18446744073709551612"));
    assertThat(event.name()).isEqualTo("Weekly stage talk");
    assertThat(event.description()).contains("Every other Wednesday on stage");
    assertThat(event.scheduledStartTime()).isEqualTo(Instant.parse("2025-03-05T18:00:00Z"));
    assertThat(event.scheduledEndTime()).isEmpty();
    assertThat(event.privacyLevel()).isEqualTo(GuildScheduledEventPrivacyLevel.GUILD_ONLY);
    assertThat(event.status()).isEqualTo(GuildScheduledEventStatus.SCHEDULED);
    assertThat(event.entityType()).isEqualTo(GuildScheduledEventEntityType.STAGE_INSTANCE);
    assertThat(event.entityId()).contains(Id.parse("18446744073709551611"));
    assertThat(event.entityMetadata()).isEmpty();
    assertThat(event.creator().orElseThrow().username()).isEqualTo("host");
    assertThat(event.userCount()).contains(42);
    assertThat(event.image()).contains(ImageHash.parse("a_0123456789abcdef0123456789abcdef"));

    RecurrenceRule rule = event.recurrenceRule().orElseThrow();
    assertThat(rule.start()).isEqualTo(Instant.parse("2025-03-05T18:00:00Z"));
    assertThat(rule.end()).isEmpty();
    assertThat(rule.frequency()).isEqualTo(RecurrenceRuleFrequency.WEEKLY);
    assertThat(rule.interval()).isEqualTo(2);
    assertThat(rule.byWeekday()).contains(List.of(RecurrenceRuleWeekday.WEDNESDAY));
    assertThat(rule.byNWeekday()).isEmpty();
    assertThat(rule.byMonth()).isEmpty();
    assertThat(rule.count()).isEmpty();

    List<GuildScheduledEventException> exceptions =
        event.guildScheduledEventExceptions().orElseThrow();
    assertThat(exceptions)
        .containsExactly(
            new GuildScheduledEventException(
                Id.parse("18446744073709551615"),
                Id.parse("18446744073709551610"),
                Optional.of(Instant.parse("2025-03-19T19:00:00Z")),
                Optional.empty(),
                false),
            new GuildScheduledEventException(
                Id.parse("18446744073709551615"),
                Id.parse("18446744073709551609"),
                Optional.empty(),
                Optional.empty(),
                true));

    GuildScheduledEventUser rsvp = event.userRsvp().orElseThrow();
    assertThat(rsvp.response()).contains(GuildScheduledEventUserResponse.INTERESTED);
    assertThat(rsvp.userId()).contains(Id.parse("80351110224678912"));
    assertThat(rsvp.guildScheduledEventExceptionId()).isEmpty();
    assertThat(rsvp.member()).isEmpty();
  }

  @Test
  void readsEachEntityTypeWithItsRecurrence() {
    List<GuildScheduledEvent> events = events();
    assertThat(events)
        .extracting(GuildScheduledEvent::entityType)
        .containsExactly(
            GuildScheduledEventEntityType.STAGE_INSTANCE,
            GuildScheduledEventEntityType.VOICE,
            GuildScheduledEventEntityType.EXTERNAL,
            GuildScheduledEventEntityType.VOICE,
            GuildScheduledEventEntityType.of(7));

    GuildScheduledEvent voice = events.get(1);
    assertThat(voice.status()).isEqualTo(GuildScheduledEventStatus.ACTIVE);
    assertThat(voice.creatorId()).isEmpty();
    assertThat(voice.description()).isEmpty();
    assertThat(voice.creator()).isEmpty();
    assertThat(voice.userCount()).isEmpty();
    assertThat(voice.image()).isEmpty();
    assertThat(voice.guildScheduledEventExceptions()).isEmpty();
    assertThat(voice.scheduledEndTime()).contains(Instant.parse("2025-03-03T09:15:00Z"));
    RecurrenceRule daily = voice.recurrenceRule().orElseThrow();
    assertThat(daily.frequency()).isEqualTo(RecurrenceRuleFrequency.DAILY);
    assertThat(daily.byWeekday().orElseThrow())
        .containsExactly(
            RecurrenceRuleWeekday.MONDAY,
            RecurrenceRuleWeekday.TUESDAY,
            RecurrenceRuleWeekday.WEDNESDAY,
            RecurrenceRuleWeekday.THURSDAY,
            RecurrenceRuleWeekday.FRIDAY);

    GuildScheduledEvent external = events.get(2);
    assertThat(external.status()).isEqualTo(GuildScheduledEventStatus.COMPLETED);
    assertThat(external.channelId()).isEmpty();
    assertThat(external.entityMetadata())
        .contains(new EntityMetadata(Optional.of("Town hall, room 4")));
    RecurrenceRule yearly = external.recurrenceRule().orElseThrow();
    assertThat(yearly.frequency()).isEqualTo(RecurrenceRuleFrequency.YEARLY);
    assertThat(yearly.byMonth()).contains(List.of(RecurrenceRuleMonth.JULY));
    assertThat(yearly.byMonthDay()).contains(List.of(24));
    assertThat(yearly.byYearDay()).contains(List.of(205));
    assertThat(yearly.count()).contains(6);
    assertThat(yearly.end()).contains(Instant.parse("2030-07-24T17:00:00Z"));

    GuildScheduledEvent monthly = events.get(3);
    assertThat(monthly.status()).isEqualTo(GuildScheduledEventStatus.CANCELED);
    assertThat(monthly.recurrenceRule().orElseThrow().frequency())
        .isEqualTo(RecurrenceRuleFrequency.MONTHLY);
    assertThat(monthly.recurrenceRule().orElseThrow().byNWeekday())
        .contains(List.of(new RecurrenceRuleNWeekday(4, RecurrenceRuleWeekday.WEDNESDAY)));

    GuildScheduledEvent unknown = events.get(4);
    assertThat(unknown.privacyLevel().isKnown()).isFalse();
    assertThat(unknown.privacyLevel().value()).isEqualTo(1);
    assertThat(unknown.status().value()).isEqualTo(9);
    assertThat(unknown.entityMetadata()).contains(new EntityMetadata(Optional.empty()));
    RecurrenceRule odd = unknown.recurrenceRule().orElseThrow();
    assertThat(odd.frequency().isKnown()).isFalse();
    assertThat(odd.byWeekday().orElseThrow().get(0).value()).isEqualTo(9);
    assertThat(odd.byNWeekday().orElseThrow().get(0).day().value()).isEqualTo(11);
    assertThat(odd.byMonth().orElseThrow().get(0).value()).isEqualTo(13);
  }

  @Test
  void eventsSurviveARoundTripWithNullsAndAbsencesKept() {
    GuildScheduledEvent[] first =
        ModelJson.read(payload("scheduled_events.json"), GuildScheduledEvent[].class);
    String written = ModelJson.write(first);
    assertThat(ModelJson.read(written, GuildScheduledEvent[].class)).isEqualTo(first);

    JsonNode tree = ModelJson.mapper().readTree(written);
    JsonNode stage = tree.get(0);
    assertThat(stage.has("sent_by_a_newer_api")).isFalse();
    assertThat(stage.get("id").asString()).isEqualTo("18446744073709551615");
    assertThat(stage.get("scheduled_end_time").isNull()).isTrue();
    assertThat(stage.get("entity_metadata").isNull()).isTrue();
    assertThat(stage.at("/recurrence_rule/by_n_weekday").isNull()).isTrue();
    assertThat(stage.at("/recurrence_rule/by_weekday").toString()).isEqualTo("[2]");
    assertThat(stage.at("/guild_scheduled_event_exceptions/1/is_canceled").asBoolean()).isTrue();
    assertThat(stage.at("/user_rsvp/response").asInt()).isEqualTo(1);

    JsonNode voice = tree.get(1);
    for (String absent :
        List.of("creator_id", "description", "creator", "user_count", "image", "user_rsvp")) {
      assertThat(voice.has(absent)).as(absent).isFalse();
    }
    assertThat(voice.get("entity_id").isNull()).isTrue();
    JsonNode daily = voice.get("recurrence_rule");
    assertThat(daily.has("end")).isFalse();
    assertThat(daily.has("count")).isFalse();
    assertThat(daily.has("by_year_day")).isFalse();
    assertThat(daily.get("by_month").isNull()).isTrue();

    JsonNode external = tree.get(2);
    assertThat(external.get("channel_id").isNull()).isTrue();
    assertThat(external.at("/entity_metadata/location").asString()).isEqualTo("Town hall, room 4");
    assertThat(external.at("/recurrence_rule/by_month").toString()).isEqualTo("[7]");

    JsonNode unknown = tree.get(4);
    assertThat(unknown.get("status").asInt()).isEqualTo(9);
    assertThat(unknown.get("entity_type").asInt()).isEqualTo(7);
    assertThat(unknown.get("privacy_level").asInt()).isEqualTo(1);
    assertThat(unknown.at("/recurrence_rule/frequency").asInt()).isEqualTo(8);
    assertThat(unknown.at("/recurrence_rule/by_n_weekday").toString())
        .isEqualTo("[{\"n\":5,\"day\":11}]");
  }

  @Test
  void readsSubscribedUsersWithAndWithoutMember() {
    String json = payload("scheduled_event_users.json");
    GuildScheduledEventUser[] users = ModelJson.read(json, GuildScheduledEventUser[].class);
    assertThat(users[0].guildScheduledEventId()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(users[0].user().id()).isEqualTo(Id.parse("18446744073709551612"));
    assertThat(users[0].member().orElseThrow().nick()).contains("The Host");
    assertThat(users[0].member().orElseThrow().roles())
        .containsExactly(Id.parse("18446744073709551600"));
    assertThat(users[1].member()).isEmpty();
    assertThat(users[1].response()).isEmpty();

    String written = ModelJson.write(users);
    assertThat(ModelJson.read(written, GuildScheduledEventUser[].class)).isEqualTo(users);
    JsonNode tree = ModelJson.mapper().readTree(written);
    assertThat(tree.get(1).has("member")).isFalse();
    assertThat(tree.get(1).has("response")).isFalse();
    assertThat(tree.get(1).has("user_id")).isFalse();
  }
}
