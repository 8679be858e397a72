package dev.gloam.testkit;

import static dev.gloam.testkit.ThreadFamilyFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.support.ResponseSchemas;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stage instances, and reading the audit log that every family writes. */
class StageInstanceAndAuditLogRoutesTest {

  final ThreadFamilyFixture kit = new ThreadFamilyFixture();

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void aStageGoesLiveChangesAndCloses() {
    kit.gateway(ThreadFamilyFixture.GUILDS | ThreadFamilyFixture.GUILD_MODERATION);
    long stage = kit.addChannel(Channels.GUILD_STAGE_VOICE, "stage");
    String create = "{\"channel_id\":\"%s\",\"topic\":\"town hall\"}".formatted(stage);
    HttpResponse<String> live =
        kit.sendWithReason("POST", "/stage-instances", create, "weekly meeting");
    JsonNode instance = ResponseSchemas.assertValid("POST", "/stage-instances", live);
    assertThat(instance.path("channel_id").asString()).isEqualTo(id(stage));
    assertThat(instance.path("privacy_level").asInt()).isEqualTo(2);
    assertThat(kit.awaitDispatch("STAGE_INSTANCE_CREATE").path("topic").asString())
        .isEqualTo("town hall");
    JsonNode entry = kit.awaitDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE");
    assertThat(entry.path("action_type").asInt()).isEqualTo(83);
    assertThat(entry.path("reason").asString()).isEqualTo("weekly meeting");
    assertThat(entry.path("options").path("channel_id").asString()).isEqualTo(id(stage));
    kit.error(400, 150006, "POST", "/stage-instances", create);

    String path = "/stage-instances/" + stage;
    assertThat(kit.ok(200, "GET", path, null).path("id")).isEqualTo(instance.path("id"));
    assertThat(kit.ok(200, "PATCH", path, "{\"topic\":\"q&a\"}").path("topic").asString())
        .isEqualTo("q&a");
    assertThat(kit.awaitDispatch("STAGE_INSTANCE_UPDATE").path("topic").asString())
        .isEqualTo("q&a");
    kit.ok(204, "DELETE", path, null);
    assertThat(kit.awaitDispatch("STAGE_INSTANCE_DELETE").path("id"))
        .isEqualTo(instance.path("id"));
    kit.error(404, 10067, "GET", path, null);

    kit.error(
        400,
        50024,
        "POST",
        "/stage-instances",
        "{\"channel_id\":\"%s\",\"topic\":\"t\"}".formatted(kit.discord.channelId()));
    kit.error(404, 10003, "POST", "/stage-instances", "{\"channel_id\":\"1\",\"topic\":\"t\"}");
    kit.botPermissions(0);
    kit.error(403, 50013, "POST", "/stage-instances", create);
  }

  @Test
  void theAuditLogFiltersPagesAndListsWhatItRefersTo() {
    String rules = kit.guild() + "/auto-moderation/rules";
    String rule = AutoModerationRoutesTest.keywordRule("words");
    JsonNode created = kit.ok(200, "POST", rules, rule);
    String rulePath = rules + "/" + created.path("id").asString();
    kit.ok(200, "PATCH", rulePath, "{\"name\":\"more words\"}");
    kit.ok(204, "DELETE", rulePath, null);
    kit.ok(200, "POST", rules, AutoModerationRoutesTest.keywordRule("kept"));

    String log = kit.guild() + "/audit-logs";
    JsonNode all = kit.ok(200, "GET", log, null);
    JsonNode entries = all.path("audit_log_entries");
    assertThat(entries.findValuesAsString("action_type"))
        .containsExactly("140", "142", "141", "140");
    assertThat(all.path("users").get(0).path("id").asString())
        .isEqualTo(id(kit.discord.botUserId()));
    assertThat(all.path("auto_moderation_rules").size()).isEqualTo(1);
    assertThat(all.path("auto_moderation_rules").get(0).path("name").asString()).isEqualTo("kept");
    JsonNode changes = entries.get(2).path("changes");
    assertThat(changes.get(0).path("key").asString()).isEqualTo("name");
    assertThat(changes.get(0).path("old_value").asString()).isEqualTo("words");
    assertThat(changes.get(0).path("new_value").asString()).isEqualTo("more words");

    JsonNode limited = kit.ok(200, "GET", log + "?limit=1", null);
    assertThat(limited.path("audit_log_entries").size()).isEqualTo(1);
    String newest = entries.get(0).path("id").asString();
    String oldest = entries.get(3).path("id").asString();
    JsonNode older = kit.ok(200, "GET", log + "?before=" + newest, null).path("audit_log_entries");
    assertThat(older.findValuesAsString("action_type")).containsExactly("142", "141", "140");
    JsonNode newer = kit.ok(200, "GET", log + "?after=" + oldest, null).path("audit_log_entries");
    assertThat(newer.findValuesAsString("action_type")).containsExactly("141", "142", "140");
    assertThat(kit.ok(200, "GET", log + "?action_type=140", null).path("audit_log_entries").size())
        .isEqualTo(2);
    assertThat(
            kit.ok(200, "GET", log + "?user_id=" + kit.discord.humanUserId(), null)
                .path("audit_log_entries"))
        .isEmpty();

    kit.error(404, 10004, "GET", "/guilds/1/audit-logs", null);
    kit.botPermissions(0);
    kit.error(403, 50013, "GET", log, null);
  }
}
