package dev.gloam.testkit;

import static dev.gloam.testkit.ThreadFamilyFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Channels;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Guild scheduled events: their lifecycle, subscribers, field rules and permissions. */
class ScheduledEventRoutesTest {

  final ThreadFamilyFixture kit = new ThreadFamilyFixture();

  @AfterEach
  void stop() {
    kit.close();
  }

  static String inDays(int days) {
    return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  String external() {
    return """
    {"name":"meetup","privacy_level":2,"entity_type":3,
     "entity_metadata":{"location":"the park"},
     "scheduled_start_time":"%s","scheduled_end_time":"%s"}\
    """
        .formatted(inDays(1), inDays(2));
  }

  @Test
  void anExternalEventGoesFromScheduledToCompletedWithItsSubscribers() {
    kit.gateway(ThreadFamilyFixture.GUILDS | ThreadFamilyFixture.GUILD_SCHEDULED_EVENTS);
    String events = kit.guild() + "/scheduled-events";
    JsonNode event = kit.ok(200, "POST", events, external());
    String eventPath = events + "/" + event.path("id").asString();
    assertThat(event.path("status").asInt()).isEqualTo(1);
    assertThat(event.path("creator_id").asString()).isEqualTo(id(kit.discord.botUserId()));
    assertThat(event.path("entity_metadata").path("location").asString()).isEqualTo("the park");
    assertThat(event.get("channel_id").isNull()).isTrue();
    assertThat(kit.awaitDispatch("GUILD_SCHEDULED_EVENT_CREATE").path("id"))
        .isEqualTo(event.path("id"));
    assertThat(
            kit.ok(200, "GET", events + "?with_user_count=true", null)
                .get(0)
                .path("user_count")
                .asInt())
        .isZero();

    kit.discord.humanSubscribes(kit.discord.guildId(), Long.parseLong(event.path("id").asString()));
    JsonNode subscribed = kit.awaitDispatch("GUILD_SCHEDULED_EVENT_USER_ADD");
    assertThat(subscribed.path("user_id").asString()).isEqualTo(id(kit.discord.humanUserId()));
    JsonNode users = kit.ok(200, "GET", eventPath + "/users?with_member=true", null);
    assertThat(users.get(0).path("user").path("id").asString())
        .isEqualTo(id(kit.discord.humanUserId()));
    assertThat(users.get(0).has("member")).isTrue();
    assertThat(
            kit.ok(200, "GET", eventPath + "?with_user_count=true", null)
                .path("user_count")
                .asInt())
        .isEqualTo(1);

    JsonNode active = kit.ok(200, "PATCH", eventPath, "{\"status\":2}");
    assertThat(active.path("status").asInt()).isEqualTo(2);
    assertThat(kit.awaitDispatch("GUILD_SCHEDULED_EVENT_UPDATE").path("status").asInt())
        .isEqualTo(2);
    JsonNode backwards = kit.error(400, 50035, "PATCH", eventPath, "{\"status\":1}");
    assertThat(backwards.path("errors").has("status")).isTrue();
    kit.ok(200, "PATCH", eventPath, "{\"status\":3}");
    kit.error(400, 180000, "PATCH", eventPath, "{\"name\":\"again\"}");

    kit.ok(204, "DELETE", eventPath, null);
    assertThat(kit.awaitDispatch("GUILD_SCHEDULED_EVENT_DELETE").path("id"))
        .isEqualTo(event.path("id"));
    kit.error(404, 10070, "GET", eventPath, null);
    JsonNode log = kit.ok(200, "GET", kit.guild() + "/audit-logs", null);
    assertThat(log.path("audit_log_entries").findValuesAsString("action_type"))
        .containsExactly("102", "101", "101", "100");
  }

  @Test
  void fieldRulesPermissionsAndUnknownIds() {
    String events = kit.guild() + "/scheduled-events";
    long voice = kit.addChannel(Channels.GUILD_VOICE, "lounge");
    long stage = kit.addChannel(Channels.GUILD_STAGE_VOICE, "stage");
    String voiceEvent =
        "{\"name\":\"chat\",\"privacy_level\":2,\"entity_type\":2,\"channel_id\":\"%s\",\"scheduled_start_time\":\"%s\"}";
    JsonNode noChannel =
        kit.error(
            400,
            50035,
            "POST",
            events,
            "{\"name\":\"chat\",\"privacy_level\":2,\"entity_type\":2,\"scheduled_start_time\":\"%s\"}"
                .formatted(inDays(1)));
    assertThat(noChannel.path("errors").has("channel_id")).isTrue();
    JsonNode past = kit.error(400, 50035, "POST", events, voiceEvent.formatted(voice, inDays(-1)));
    assertThat(past.path("errors").has("scheduled_start_time")).isTrue();
    JsonNode wrongType =
        kit.error(400, 50035, "POST", events, voiceEvent.formatted(stage, inDays(1)));
    assertThat(wrongType.path("errors").has("channel_id")).isTrue();
    JsonNode noEnd =
        kit.error(
            400,
            50035,
            "POST",
            events,
            "{\"name\":\"x\",\"privacy_level\":2,\"entity_type\":3,\"entity_metadata\":{\"location\":\"here\"},\"scheduled_start_time\":\"%s\"}"
                .formatted(inDays(1)));
    assertThat(noEnd.path("errors").has("scheduled_end_time")).isTrue();
    JsonNode created = kit.ok(200, "POST", events, voiceEvent.formatted(voice, inDays(1)));
    assertThat(created.path("channel_id").asString()).isEqualTo(id(voice));
    assertThat(created.get("entity_metadata").isNull()).isTrue();

    kit.error(404, 10004, "GET", "/guilds/1/scheduled-events", null);
    kit.error(404, 10070, "GET", events + "/1", null);
    kit.botPermissions(0);
    kit.error(403, 50013, "POST", events, external());
    kit.error(403, 50013, "DELETE", events + "/" + created.path("id").asString(), null);
  }
}
