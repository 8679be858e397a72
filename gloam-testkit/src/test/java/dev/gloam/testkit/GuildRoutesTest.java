package dev.gloam.testkit;

import static dev.gloam.testkit.GuildCoreFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The guild itself: modify, preview, widget, vanity URL, welcome screen, onboarding, leaving. */
class GuildRoutesTest {

  GuildCoreFixture kit;

  @BeforeEach
  void start() {
    kit = new GuildCoreFixture(GuildCoreFixture.GUILDS);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void modifyGuildChangesItEverywhereAndLogsIt() {
    HttpResponse<String> response =
        kit.withReason(
            "PATCH",
            kit.guild(),
            "{\"name\":\"renamed\",\"afk_timeout\":60,\"description\":\"about us\","
                + "\"icon\":\"data:image/png;base64,iVBORw0KGgo=\"}",
            "tidy up");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode guild = RestClient.json(response);
    assertThat(guild.path("name").asString()).isEqualTo("renamed");
    assertThat(guild.path("icon").asString()).matches("[0-9a-f]{32}");
    JsonNode event = kit.event("GUILD_UPDATE");
    assertThat(event.path("name").asString()).isEqualTo("renamed");
    assertThat(event.path("afk_timeout").asInt()).isEqualTo(60);
    assertThat(kit.ok("GET", kit.guild(), null).path("description").asString())
        .isEqualTo("about us");
    assertThat(kit.freshGuildCreate().path("name").asString()).isEqualTo("renamed");
    ObjectNode audit = kit.lastAudit();
    assertThat(audit.path("action_type").asInt()).isEqualTo(1);
    assertThat(audit.path("target_id").asString()).isEqualTo(id(kit.discord.guildId()));
    assertThat(audit.path("reason").asString()).isEqualTo("tidy up");
    assertThat(audit.path("changes").toString())
        .contains("\"old_value\":\"gloam test guild\"", "\"new_value\":\"renamed\"");

    kit.error("PATCH", kit.guild(), "{\"afk_timeout\":61}", 400, 50035);
    kit.error(
        "PATCH",
        kit.guild(),
        "{\"afk_channel_id\":\"" + kit.discord.channelId() + "\"}",
        400,
        50035);
    // Only the owner may hand the guild over; turning COMMUNITY on takes an administrator.
    kit.error(
        "PATCH", kit.guild(), "{\"owner_id\":\"" + kit.discord.botUserId() + "\"}", 403, 50013);
    kit.error("PATCH", kit.guild(), "{\"features\":[\"COMMUNITY\"]}", 403, 50013);
  }

  @Test
  void currentUserGuildsPagesAndCounts() {
    long second = kit.discord.guildId() + (1L << 22);
    kit.discord.world().addGuild(second, "second");
    JsonNode all = kit.ok("GET", "/users/@me/guilds?with_counts=true", null);
    assertThat(all.size()).isEqualTo(2);
    assertThat(all.get(0).path("approximate_member_count").asInt()).isEqualTo(2);
    JsonNode after = kit.ok("GET", "/users/@me/guilds?after=" + kit.discord.guildId(), null);
    assertThat(after.size()).isEqualTo(1);
    assertThat(after.get(0).path("id").asString()).isEqualTo(id(second));
    assertThat(after.get(0).has("approximate_member_count")).isFalse();
    JsonNode limited = kit.ok("GET", "/users/@me/guilds?limit=1", null);
    assertThat(limited.get(0).path("id").asString()).isEqualTo(id(kit.discord.guildId()));
    JsonNode before = kit.ok("GET", "/users/@me/guilds?before=" + second, null);
    assertThat(before.size()).isEqualTo(1);
  }

  @Test
  void leavingRemovesTheGuild() {
    kit.ok("DELETE", "/users/@me/guilds/" + kit.discord.guildId(), null);
    JsonNode event = kit.event("GUILD_DELETE");
    assertThat(event.path("id").asString()).isEqualTo(id(kit.discord.guildId()));
    assertThat(event.has("unavailable")).isFalse();
    kit.error("GET", kit.guild(), null, 404, 10004);
    assertThat(kit.ok("GET", "/users/@me/guilds", null).size()).isZero();
    kit.error("DELETE", "/users/@me/guilds/" + kit.discord.guildId(), null, 404, 10004);
  }

  @Test
  void previewWidgetAndVanityComeFromTheGuild() {
    JsonNode preview = kit.ok("GET", kit.guild() + "/preview", null);
    assertThat(preview.path("name").asString()).isEqualTo("gloam test guild");
    assertThat(preview.path("approximate_member_count").asInt()).isEqualTo(2);

    kit.error("GET", kit.guild() + "/widget.json", null, 403, 50004);
    JsonNode settings =
        kit.ok(
            "PATCH",
            kit.guild() + "/widget",
            "{\"enabled\":true,\"channel_id\":\"" + kit.discord.channelId() + "\"}");
    assertThat(settings.path("enabled").asBoolean()).isTrue();
    assertThat(kit.event("GUILD_UPDATE").path("widget_enabled").asBoolean()).isTrue();
    assertThat(kit.ok("GET", kit.guild() + "/widget", null).path("channel_id").asString())
        .isEqualTo(id(kit.discord.channelId()));
    JsonNode voice = kit.ok("POST", kit.guild() + "/channels", "{\"name\":\"talk\",\"type\":2}");
    kit.event("CHANNEL_CREATE");
    JsonNode widget = kit.ok("GET", kit.guild() + "/widget.json", null);
    assertThat(widget.path("channels").get(0).path("id").asString())
        .isEqualTo(voice.path("id").asString());

    JsonNode vanity = kit.ok("GET", kit.guild() + "/vanity-url", null);
    assertThat(vanity.get("code").isNull()).isTrue();
    assertThat(vanity.path("uses").asInt()).isZero();
  }

  @Test
  void welcomeScreenOnboardingAndIncidentsAreKept() {
    JsonNode screen =
        kit.ok(
            "PATCH",
            kit.guild() + "/welcome-screen",
            "{\"enabled\":true,\"description\":\"hi\",\"welcome_channels\":[{\"channel_id\":\""
                + kit.discord.channelId()
                + "\",\"description\":\"chat\"}]}");
    assertThat(screen.path("welcome_channels").get(0).path("description").asString())
        .isEqualTo("chat");
    kit.event("GUILD_UPDATE");
    assertThat(kit.ok("GET", kit.guild() + "/welcome-screen", null).path("description").asString())
        .isEqualTo("hi");

    JsonNode onboarding =
        kit.ok(
            "PUT",
            kit.guild() + "/onboarding",
            "{\"default_channel_ids\":[\""
                + kit.discord.channelId()
                + "\"],\"prompts\":[{"
                + "\"id\":\"17\",\"title\":\"pick\",\"options\":[{\"id\":\"18\",\"title\":\"news\",\"channel_ids\":[\""
                + kit.discord.channelId()
                + "\"]}]}]}");
    assertThat(onboarding.path("prompts").get(0).path("id").asString()).isEqualTo("17");
    assertThat(kit.ok("GET", kit.guild() + "/onboarding", null).path("default_channel_ids").size())
        .isEqualTo(1);
    assertThat(kit.lastAudit().path("action_type").asInt()).isEqualTo(167);
    // Enabled onboarding needs seven default channels.
    kit.error("PUT", kit.guild() + "/onboarding", "{\"enabled\":true}", 400, 50035);

    String soon = kit.discord.world().now().plusSeconds(3600).toString();
    JsonNode incidents =
        kit.ok(
            "PUT",
            kit.guild() + "/incident-actions",
            "{\"invites_disabled_until\":\"" + soon + "\"}");
    assertThat(incidents.path("invites_disabled_until").isString()).isTrue();
    assertThat(
            kit.event("GUILD_UPDATE")
                .path("incidents_data")
                .path("invites_disabled_until")
                .isString())
        .isTrue();
    String tooLate = kit.discord.world().now().plusSeconds(3 * 86400).toString();
    kit.error(
        "PUT",
        kit.guild() + "/incident-actions",
        "{\"dms_disabled_until\":\"" + tooLate + "\"}",
        400,
        50035);
  }

  @Test
  void settingsNeedManageGuild() {
    kit.botLoses(Permissions.MANAGE_GUILD);
    kit.error("PATCH", kit.guild(), "{\"name\":\"xy\"}", 403, 50013);
    kit.error("GET", kit.guild() + "/widget", null, 403, 50013);
    kit.error("GET", kit.guild() + "/vanity-url", null, 403, 50013);
    kit.error("GET", kit.guild() + "/welcome-screen", null, 403, 50013);
    kit.error("PATCH", "/guilds/1", "{\"name\":\"xy\"}", 404, 10004);
  }
}
