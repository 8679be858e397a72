package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Guild emojis, application emojis and guild stickers: state, events, audit, rules, limits. */
class ExpressionRoutesTest extends MemberFamilyTestBase {

  static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

  @Test
  void emojiLifecycleUpdatesTheGuildAndTellsTheGateway() {
    String path = guildPath + "/emojis";
    HttpResponse<String> created =
        send("POST", path, "{\"name\":\"gloam_wave\",\"image\":\"" + PNG + "\"}", "new emoji");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode emoji = valid("POST", path, created);
    String emojiId = emoji.path("id").asString();
    assertThat(emoji.path("user").path("id").asString()).isEqualTo(id(discord.botUserId()));
    assertThat(emoji.path("animated").asBoolean()).isFalse();
    JsonNode event = awaitDispatch("GUILD_EMOJIS_UPDATE");
    assertThat(event.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(event.path("emojis").get(0).path("id").asString()).isEqualTo(emojiId);
    ObjectNode entry = lastAuditEntry();
    assertThat(entry.path("action_type").asInt()).isEqualTo(60);
    assertThat(entry.path("target_id").asString()).isEqualTo(emojiId);
    assertThat(entry.path("reason").asString()).isEqualTo("new emoji");

    JsonNode listed = valid("GET", path, bot.get(path));
    assertThat(listed.size()).isEqualTo(1);
    JsonNode guild = RestClient.json(bot.get(guildPath));
    assertThat(guild.path("emojis").get(0).path("name").asString()).isEqualTo("gloam_wave");

    String one = path + "/" + emojiId;
    JsonNode renamed = valid("PATCH", one, send("PATCH", one, "{\"name\":\"gloam_bye\"}", null));
    assertThat(renamed.path("name").asString()).isEqualTo("gloam_bye");
    assertThat(awaitDispatch("GUILD_EMOJIS_UPDATE").path("emojis").get(0).path("name").asString())
        .isEqualTo("gloam_bye");
    ObjectNode update = lastAuditEntry();
    assertThat(update.path("action_type").asInt()).isEqualTo(61);
    assertThat(update.path("changes").get(0).path("old_value").asString()).isEqualTo("gloam_wave");
    assertThat(valid("GET", one, bot.get(one)).path("name").asString()).isEqualTo("gloam_bye");

    noContent(send("DELETE", one, null, null));
    assertThat(awaitDispatch("GUILD_EMOJIS_UPDATE").path("emojis").isEmpty()).isTrue();
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(62);
    error(bot.get(one), 404, 10014);
  }

  @Test
  void emojiRulesNamesImagesLimitsAndPermissions() {
    String path = guildPath + "/emojis";
    JsonNode badName =
        error(
            send("POST", path, "{\"name\":\"no-dash\",\"image\":\"" + PNG + "\"}", null),
            400,
            50035);
    assertThat(badName.path("errors").has("name")).isTrue();
    JsonNode badImage =
        error(
            send("POST", path, "{\"name\":\"fine\",\"image\":\"not an image\"}", null), 400, 50035);
    assertThat(badImage.path("errors").has("image")).isTrue();

    Guild guild = discord.world().guild();
    for (int i = 0; i < 50; i++) {
      long id = discord.world().nextId();
      guild.emojis().put(id, someonesEmoji(id, "e" + i));
    }
    error(
        send("POST", path, "{\"name\":\"one_more\",\"image\":\"" + PNG + "\"}", null), 400, 30008);

    // Someone else's emoji needs MANAGE_GUILD_EXPRESSIONS; CREATE_GUILD_EXPRESSIONS is not enough.
    long theirs = guild.emojis().keys().getFirst();
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.MANAGE_GUILD_EXPRESSIONS);
    error(send("DELETE", path + "/" + theirs, null, null), 403, 50013);
    JsonNode shown = RestClient.json(bot.get(path + "/" + theirs));
    assertThat(shown.has("user")).as("not the bot's own emoji").isFalse();
    botRolePermissions(
        Permissions.BOT_DEFAULT
            & ~Permissions.MANAGE_GUILD_EXPRESSIONS
            & ~Permissions.CREATE_GUILD_EXPRESSIONS);
    error(send("POST", path, "{\"name\":\"nope\",\"image\":\"" + PNG + "\"}", null), 403, 50013);
    error(bot.get(path + "/1"), 404, 10014);
  }

  @Test
  void applicationEmojisLiveOnTheApplication() {
    String path = "/applications/" + discord.applicationId() + "/emojis";
    JsonNode created =
        valid(
            "POST",
            path,
            send("POST", path, "{\"name\":\"app_wave\",\"image\":\"" + PNG + "\"}", null));
    String one = path + "/" + created.path("id").asString();
    JsonNode list = valid("GET", path, bot.get(path));
    assertThat(list.path("items").get(0).path("name").asString()).isEqualTo("app_wave");
    error(
        send("POST", path, "{\"name\":\"app_wave\",\"image\":\"" + PNG + "\"}", null), 400, 50035);
    assertThat(
            valid("PATCH", one, send("PATCH", one, "{\"name\":\"app_bye\"}", null))
                .path("name")
                .asString())
        .isEqualTo("app_bye");
    noContent(send("DELETE", one, null, null));
    error(bot.get(one), 404, 10014);
    error(bot.get("/applications/1/emojis"), 404, 10002);
  }

  @Test
  void stickerLifecycleWithMultipartUpload() {
    String path = guildPath + "/stickers";
    HttpResponse<String> created =
        multipart(path, "wave.png", "name", "Wave", "description", "Waves hello", "tags", "wave");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode sticker = valid("POST", path, created);
    String stickerId = sticker.path("id").asString();
    assertThat(sticker.path("format_type").asInt()).isEqualTo(1);
    assertThat(sticker.path("type").asInt()).isEqualTo(2);
    assertThat(sticker.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
    JsonNode event = awaitDispatch("GUILD_STICKERS_UPDATE");
    assertThat(event.path("stickers").get(0).path("id").asString()).isEqualTo(stickerId);
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(90);

    String one = path + "/" + stickerId;
    JsonNode changed =
        valid("PATCH", one, send("PATCH", one, "{\"name\":\"Wave2\",\"description\":null}", null));
    assertThat(changed.path("name").asString()).isEqualTo("Wave2");
    assertThat(
            awaitDispatch("GUILD_STICKERS_UPDATE").path("stickers").get(0).path("name").asString())
        .isEqualTo("Wave2");
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(91);
    assertThat(valid("GET", path, bot.get(path)).size()).isEqualTo(1);
    assertThat(valid("GET", one, bot.get(one)).path("name").asString()).isEqualTo("Wave2");
    String anywhere = "/stickers/" + stickerId;
    assertThat(valid("GET", anywhere, bot.get(anywhere)).path("name").asString())
        .isEqualTo("Wave2");

    noContent(send("DELETE", one, null, null));
    assertThat(awaitDispatch("GUILD_STICKERS_UPDATE").path("stickers").isEmpty()).isTrue();
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(92);
    error(bot.get(one), 404, 10060);
    error(bot.get("/stickers/" + stickerId), 404, 10060);
  }

  @Test
  void stickerLimitsAndPermissions() {
    String path = guildPath + "/stickers";
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> created =
          multipart(path, "s.gif", "name", "Sticker" + i, "tags", "smile");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(RestClient.json(created).path("format_type").asInt()).isEqualTo(4);
    }
    error(multipart(path, "s.png", "name", "Sixth", "tags", "smile"), 400, 30039);
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.CREATE_GUILD_EXPRESSIONS);
    error(multipart(path, "s.png", "name", "Nope", "tags", "smile"), 403, 50013);
  }

  private ObjectNode someonesEmoji(long id, String name) {
    ObjectNode emoji = Json.object();
    emoji.put("id", Long.toUnsignedString(id));
    emoji.put("name", name);
    emoji.putArray("roles");
    emoji.set("user", discord.world().human().toJson());
    emoji.put("require_colons", true);
    emoji.put("managed", false);
    emoji.put("animated", false);
    emoji.put("available", true);
    return emoji;
  }
}
