package dev.gloam.testkit;

import static dev.gloam.testkit.GuildCoreFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Permissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Guild channels: create, modify, delete, positions, overwrites and typing. */
class ChannelRoutesTest {

  GuildCoreFixture kit;

  @BeforeEach
  void start() {
    kit = new GuildCoreFixture(GuildCoreFixture.GUILDS | GuildCoreFixture.GUILD_MESSAGE_TYPING);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  JsonNode create(String body) {
    JsonNode channel = kit.ok("POST", kit.guild() + "/channels", body);
    assertThat(kit.event("CHANNEL_CREATE").path("id").asString())
        .isEqualTo(channel.path("id").asString());
    return channel;
  }

  @Test
  void everyGuildChannelTypeCanBeCreatedAndReadBack() {
    JsonNode category = create("{\"name\":\"Stuff\",\"type\":4}");
    String categoryId = category.path("id").asString();
    // Media channels (16) are missing from the description's enum, which answers them first.
    for (int type : new int[] {0, 2, 5, 13, 15}) {
      JsonNode channel =
          create(
              "{\"name\":\"Chan "
                  + type
                  + "\",\"type\":"
                  + type
                  + ",\"parent_id\":\""
                  + categoryId
                  + "\"}");
      assertThat(channel.path("type").asInt()).isEqualTo(type);
      assertThat(channel.path("guild_id").asString()).isEqualTo(id(kit.discord.guildId()));
      assertThat(channel.path("parent_id").asString()).isEqualTo(categoryId);
      JsonNode read = kit.ok("GET", "/channels/" + channel.path("id").asString(), null);
      assertThat(read).isEqualTo(channel);
    }
    // Text channel names are stored the way Discord stores them.
    assertThat(create("{\"name\":\"Big News\",\"type\":5}").path("name").asString())
        .isEqualTo("big-news");
    JsonNode channels = kit.ok("GET", kit.guild() + "/channels", null);
    assertThat(channels.size()).isEqualTo(8);
    JsonNode guildCreate = kit.freshGuildCreate();
    assertThat(guildCreate.path("channels").size()).isEqualTo(8);
    ObjectNode audit = kit.lastAudit();
    assertThat(audit.path("action_type").asInt()).isEqualTo(10);
    assertThat(audit.path("changes").toString()).contains("\"big-news\"");
  }

  @Test
  void modifyStoresTheFieldsAndLogsThem() {
    String path = "/channels/" + kit.discord.channelId();
    JsonNode channel =
        kit.ok("PATCH", path, "{\"topic\":\"talk here\",\"rate_limit_per_user\":5,\"nsfw\":true}");
    assertThat(channel.path("topic").asString()).isEqualTo("talk here");
    assertThat(channel.path("rate_limit_per_user").asInt()).isEqualTo(5);
    JsonNode event = kit.event("CHANNEL_UPDATE");
    assertThat(event.path("topic").asString()).isEqualTo("talk here");
    assertThat(kit.ok("GET", path, null).path("nsfw").asBoolean()).isTrue();
    ObjectNode audit = kit.lastAudit();
    assertThat(audit.path("action_type").asInt()).isEqualTo(11);
    assertThat(audit.path("target_id").asString()).isEqualTo(id(kit.discord.channelId()));
    assertThat(audit.path("changes").toString()).contains("\"topic\"", "\"talk here\"");
    // Only text and announcement channels convert into each other, and only with NEWS.
    kit.error("PATCH", path, "{\"type\":2}", 400, 50035);
    kit.error("PATCH", path, "{\"parent_id\":\"" + kit.discord.channelId() + "\"}", 400, 50035);
  }

  @Test
  void overwritesAreStoredEventedAndAudited() {
    String path = "/channels/" + kit.discord.channelId();
    String everyone = id(kit.discord.guildId());
    kit.ok("PUT", path + "/permissions/" + everyone, "{\"type\":0,\"deny\":\"2048\"}");
    JsonNode event = kit.event("CHANNEL_UPDATE");
    assertThat(event.path("permission_overwrites").get(0).path("deny").asString())
        .isEqualTo("2048");
    ObjectNode created = kit.lastAudit();
    assertThat(created.path("action_type").asInt()).isEqualTo(13);
    assertThat(created.path("options").path("role_name").asString()).isEqualTo("@everyone");
    assertThat(created.path("options").path("type").asString()).isEqualTo("0");

    kit.ok("PUT", path + "/permissions/" + everyone, "{\"type\":0,\"deny\":\"64\"}");
    kit.event("CHANNEL_UPDATE");
    assertThat(kit.lastAudit().path("action_type").asInt()).isEqualTo(14);
    // The human can no longer add reactions there, as the calculator sees it.
    JsonNode channel = kit.ok("GET", path, null);
    assertThat(channel.path("permission_overwrites").size()).isEqualTo(1);

    kit.ok("DELETE", path + "/permissions/" + everyone, null);
    assertThat(kit.event("CHANNEL_UPDATE").path("permission_overwrites").size()).isZero();
    assertThat(kit.lastAudit().path("action_type").asInt()).isEqualTo(15);
    kit.error("DELETE", path + "/permissions/" + everyone, null, 404, 10009);
    kit.error("PUT", path + "/permissions/1", "{\"type\":0}", 404, 10011);
    // MANAGE_ROLES in an overwrite is for administrators only.
    kit.error(
        "PUT",
        path + "/permissions/" + everyone,
        "{\"type\":0,\"allow\":\"" + Permissions.MANAGE_ROLES + "\"}",
        403,
        50013);
  }

  @Test
  void deletingACategoryOrphansItsChannels() {
    String categoryId = create("{\"name\":\"cat\",\"type\":4}").path("id").asString();
    String childId =
        create("{\"name\":\"child\",\"parent_id\":\"" + categoryId + "\"}").path("id").asString();
    JsonNode deleted = kit.ok("DELETE", "/channels/" + categoryId, null);
    assertThat(deleted.path("id").asString()).isEqualTo(categoryId);
    assertThat(kit.event("CHANNEL_DELETE").path("id").asString()).isEqualTo(categoryId);
    JsonNode orphan = kit.event("CHANNEL_UPDATE");
    assertThat(orphan.path("id").asString()).isEqualTo(childId);
    assertThat(orphan.get("parent_id").isNull()).isTrue();
    assertThat(kit.lastAudit().path("action_type").asInt()).isEqualTo(12);
    kit.error("GET", "/channels/" + categoryId, null, 404, 10003);
    assertThat(kit.ok("GET", "/channels/" + childId, null).get("parent_id").isNull()).isTrue();

    // Deleting the system channel clears it from the guild.
    kit.ok("DELETE", "/channels/" + kit.discord.channelId(), null);
    kit.event("CHANNEL_DELETE");
    assertThat(kit.event("GUILD_UPDATE").get("system_channel_id").isNull()).isTrue();
    assertThat(kit.ok("GET", kit.guild(), null).get("system_channel_id").isNull()).isTrue();
  }

  @Test
  void positionsMoveChannelsAndOneParentAtATime() {
    String categoryId = create("{\"name\":\"cat\",\"type\":4}").path("id").asString();
    String second = create("{\"name\":\"second\"}").path("id").asString();
    String general = id(kit.discord.channelId());
    kit.ok(
        "PATCH",
        kit.guild() + "/channels",
        "[{\"id\":\"" + general + "\",\"position\":7,\"parent_id\":\"" + categoryId + "\"}]");
    JsonNode moved = kit.event("CHANNEL_UPDATE");
    assertThat(moved.path("position").asInt()).isEqualTo(7);
    assertThat(moved.path("parent_id").asString()).isEqualTo(categoryId);
    kit.error(
        "PATCH",
        kit.guild() + "/channels",
        "[{\"id\":\""
            + general
            + "\",\"parent_id\":null},"
            + "{\"id\":\""
            + second
            + "\",\"parent_id\":\""
            + categoryId
            + "\"}]",
        400,
        40009);
  }

  @Test
  void typingSendsTypingStartWithTheMember() {
    kit.ok("POST", "/channels/" + kit.discord.channelId() + "/typing", null);
    JsonNode typing = kit.event("TYPING_START");
    assertThat(typing.path("user_id").asString()).isEqualTo(id(kit.discord.botUserId()));
    assertThat(typing.path("member").path("user").path("id").asString())
        .isEqualTo(id(kit.discord.botUserId()));
  }

  @Test
  void refusalsUseDiscordsCodes() {
    kit.error("GET", "/channels/1", null, 404, 10003);
    kit.error("PATCH", "/channels/1", "{\"name\":\"x\"}", 404, 10003);
    kit.error("POST", "/guilds/1/channels", "{\"name\":\"x\"}", 404, 10004);
    kit.error("POST", kit.guild() + "/channels", "{\"name\":\"x\",\"type\":11}", 400, 50035);
    kit.error(
        "POST",
        kit.guild() + "/channels",
        "{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"1\",\"type\":0}]}",
        400,
        50035);
    kit.botLoses(Permissions.MANAGE_CHANNELS);
    kit.error("POST", kit.guild() + "/channels", "{\"name\":\"x\"}", 403, 50013);
    kit.error("PATCH", "/channels/" + kit.discord.channelId(), "{\"name\":\"x\"}", 403, 50013);
    kit.error("DELETE", "/channels/" + kit.discord.channelId(), null, 403, 50013);
    // A channel the bot cannot see is Missing Access, not Missing Permissions.
    ObjectNode hidden = kit.world().channels().get(kit.discord.channelId()).orElseThrow();
    ObjectNode deny = ((ArrayNode) hidden.get("permission_overwrites")).addObject();
    deny.put("id", id(kit.world().botRoleId()));
    deny.put("type", 0);
    deny.put("allow", "0");
    deny.put("deny", Long.toString(Permissions.VIEW_CHANNEL));
    kit.world().channels().put(kit.discord.channelId(), hidden);
    kit.error("GET", "/channels/" + kit.discord.channelId(), null, 403, 50001);
  }
}
