package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Auto moderation rules: create, read, modify, delete, limits, and keyword execution. */
class AutoModerationRoutesTest {

  final ThreadFamilyFixture kit = new ThreadFamilyFixture();

  @AfterEach
  void stop() {
    kit.close();
  }

  static String keywordRule(String name) {
    return """
    {"name":"%s","event_type":1,"trigger_type":1,"enabled":true,
     "trigger_metadata":{"keyword_filter":["cat*"],"allow_list":["catalog"]},
     "actions":[{"type":1,"metadata":{"custom_message":"no cats"}}]}\
    """
        .formatted(name);
  }

  @Test
  void aKeywordRuleLivesAndActsOnHumanMessages() {
    kit.gateway(
        ThreadFamilyFixture.GUILDS
            | ThreadFamilyFixture.AUTO_MODERATION_CONFIGURATION
            | ThreadFamilyFixture.AUTO_MODERATION_EXECUTION);
    String rules = kit.guild() + "/auto-moderation/rules";
    JsonNode rule = kit.ok(200, "POST", rules, keywordRule("no cats"));
    String rulePath = rules + "/" + rule.path("id").asString();
    assertThat(rule.path("trigger_metadata").path("regex_patterns").isArray()).isTrue();
    assertThat(rule.path("actions").get(0).path("metadata").path("custom_message").asString())
        .isEqualTo("no cats");
    assertThat(kit.awaitDispatch("AUTO_MODERATION_RULE_CREATE").path("id"))
        .isEqualTo(rule.path("id"));
    assertThat(kit.ok(200, "GET", rules, null).size()).isEqualTo(1);
    assertThat(kit.ok(200, "GET", rulePath, null).path("name").asString()).isEqualTo("no cats");

    kit.discord.humanSays(kit.discord.channelId(), "our catalog is fine");
    long said = kit.discord.humanSays(kit.discord.channelId(), "I love Catapults");
    JsonNode execution = kit.awaitDispatch("AUTO_MODERATION_ACTION_EXECUTION");
    assertThat(execution.path("message_id").asString()).isEqualTo(Long.toString(said));
    assertThat(execution.path("matched_keyword").asString()).isEqualTo("cat*");
    assertThat(execution.path("matched_content").asString()).isEqualTo("Catapults");
    assertThat(execution.path("action").path("type").asInt()).isEqualTo(1);

    JsonNode renamed =
        kit.ok(
            200,
            "PATCH",
            rulePath,
            "{\"name\":\"still no cats\",\"exempt_roles\":[\"%s\"]}"
                .formatted(kit.discord.guildId()));
    assertThat(renamed.path("name").asString()).isEqualTo("still no cats");
    assertThat(renamed.path("trigger_metadata").path("keyword_filter").get(0).asString())
        .isEqualTo("cat*");
    assertThat(kit.awaitDispatch("AUTO_MODERATION_RULE_UPDATE").path("name").asString())
        .isEqualTo("still no cats");
    kit.ok(204, "DELETE", rulePath, null);
    assertThat(kit.awaitDispatch("AUTO_MODERATION_RULE_DELETE").path("id"))
        .isEqualTo(rule.path("id"));
    kit.error(404, 10066, "GET", rulePath, null);
  }

  @Test
  void limitsPermissionsAndUnknownIds() {
    String rules = kit.guild() + "/auto-moderation/rules";
    for (int i = 0; i < 6; i++) {
      kit.ok(200, "POST", rules, keywordRule("rule " + i));
    }
    JsonNode seventh = kit.error(400, 50035, "POST", rules, keywordRule("rule 7"));
    assertThat(seventh.path("errors").path("trigger_type").toString())
        .contains("AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED");
    String spam =
        "{\"name\":\"spam\",\"event_type\":1,\"trigger_type\":3,\"actions\":[{\"type\":1}]}";
    kit.ok(200, "POST", rules, spam);
    kit.error(400, 50035, "POST", rules, spam);
    JsonNode badAlert =
        kit.error(
            400,
            50035,
            "POST",
            rules,
            "{\"name\":\"m\",\"event_type\":1,\"trigger_type\":5,\"trigger_metadata\":{\"mention_total_limit\":5},\"actions\":[{\"type\":2,\"metadata\":{\"channel_id\":\"1\"}}]}");
    assertThat(badAlert.path("errors").has("actions")).isTrue();
    kit.error(404, 10066, "GET", rules + "/1", null);
    kit.error(404, 10004, "GET", "/guilds/1/auto-moderation/rules", null);
    kit.botPermissions(0);
    kit.error(403, 50013, "GET", rules, null);
  }
}
