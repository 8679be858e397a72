package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The world-building controls over HTTP, for the standalone server. */
class HttpWorldControlTest {

  OfflineDiscord discord;
  RestClient control;
  RestClient rest;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    // The controls need no token and live next to the API, on the same port.
    control = new RestClient(URI.create(discord.restUrl().resolve("/_testkit").toString()), null);
    rest = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    control.close();
    rest.close();
    discord.close();
  }

  @Test
  void aGuildIsBuiltFromAJsonSpec() {
    HttpResponse<String> built =
        control.post(
            "/guilds",
            """
            {"name": "over http",
             "channels": [{"name": "Info", "type": "category"},
                          {"name": "rules", "type": 0, "category": "Info"},
                          {"name": "Lounge", "type": "VOICE"}],
             "roles": [{"name": "mods", "permissions": "6"}, {"name": "quiet"}],
             "members": [{"username": "alice", "roles": ["mods"]}],
             "member_count": 25,
             "bot_permissions": 3072,
             "shard": [1, 2]}
            """);
    assertThat(built.statusCode()).isEqualTo(200);
    JsonNode json = RestClient.json(built);
    long guildId = Long.parseLong(json.path("id").asString());
    assertThat((guildId >> 22) % 2).isEqualTo(1);
    assertThat(json.path("member_count").asInt()).isEqualTo(28);
    assertThat(json.path("member_ids")).hasSize(28);
    assertThat(json.path("member_ids").get(0).asString())
        .isEqualTo(Long.toString(discord.humanUserId()));
    assertThat(json.path("members").path("alice").asString())
        .isEqualTo(json.path("member_ids").get(2).asString());
    assertThat(json.path("owner_id").asString()).isEqualTo(Long.toString(discord.humanUserId()));

    JsonNode channels =
        ResponseSchemas.assertValid(
            "GET",
            "/guilds/" + guildId + "/channels",
            rest.get("/guilds/" + guildId + "/channels"));
    assertThat(channels.findValuesAsString("name")).containsExactly("Info", "rules", "Lounge");
    assertThat(channels.get(1).path("id").asString())
        .isEqualTo(json.path("channels").path("rules").asString());
    assertThat(channels.get(1).path("parent_id").asString())
        .isEqualTo(json.path("channels").path("Info").asString());
    assertThat(channels.get(2).path("type").asInt()).isEqualTo(2);

    Guild guild = discord.world().guild(guildId).orElseThrow();
    long mods = Long.parseLong(json.path("roles").path("mods").asString());
    assertThat(guild.roles().get(mods).orElseThrow().path("permissions").asString()).isEqualTo("6");
    assertThat(
            guild
                .roles()
                .get(Long.parseLong(json.path("bot_role_id").asString()))
                .orElseThrow()
                .path("permissions")
                .asString())
        .isEqualTo("3072");
    long alice = Long.parseLong(json.path("members").path("alice").asString());
    assertThat(guild.member(alice).orElseThrow().roles()).containsExactly(mods);
  }

  @Test
  void channelsRolesMembersAndPermissionsChangeLive() {
    JsonNode created = RestClient.json(control.post("/guilds", "{\"name\":\"live\"}"));
    String guildId = created.path("id").asString();
    long guild = Long.parseLong(guildId);
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.identify(discord.botToken(), 1 | 2);
      client.nextDispatch("READY");
      client.nextDispatch("GUILD_CREATE");
      client.nextDispatch("GUILD_CREATE");
      discord.awaitSessions(1, GatewayClient.WAIT);

      HttpResponse<String> channel =
          control.post("/guilds/" + guildId + "/channels", "{\"name\":\"news\",\"type\":5}");
      assertThat(channel.statusCode()).isEqualTo(200);
      JsonNode channelEvent = client.nextDispatch("CHANNEL_CREATE").path("d");
      assertThat(channelEvent.path("id").asString())
          .isEqualTo(RestClient.json(channel).path("id").asString());
      assertThat(channelEvent.path("type").asInt()).isEqualTo(5);

      HttpResponse<String> role =
          control.post(
              "/guilds/" + guildId + "/roles", "{\"name\":\"helpers\",\"permissions\":\"8192\"}");
      String roleId = RestClient.json(role).path("id").asString();
      assertThat(
              client.nextDispatch("GUILD_ROLE_CREATE").path("d").path("role").path("id").asString())
          .isEqualTo(roleId);
      client.nextDispatch("GUILD_ROLE_UPDATE");

      HttpResponse<String> member =
          control.post(
              "/guilds/" + guildId + "/members",
              "{\"username\":\"dave\",\"role_ids\":[\"" + roleId + "\"]}");
      String dave = RestClient.json(member).path("id").asString();
      JsonNode added = client.nextDispatch("GUILD_MEMBER_ADD").path("d");
      assertThat(added.path("user").path("id").asString()).isEqualTo(dave);
      assertThat(added.path("roles").get(0).asString()).isEqualTo(roleId);

      JsonNode many =
          RestClient.json(control.post("/guilds/" + guildId + "/members", "{\"count\":2}"));
      assertThat(many.path("ids")).hasSize(2);
      client.nextDispatch("GUILD_MEMBER_ADD");
      client.nextDispatch("GUILD_MEMBER_ADD");
      JsonNode silent =
          RestClient.json(
              control.post("/guilds/" + guildId + "/members", "{\"count\":100,\"events\":false}"));
      assertThat(silent.path("ids")).hasSize(100);

      assertThat(
              control
                  .send(
                      "PUT",
                      "/guilds/"
                          + guildId
                          + "/members/"
                          + discord.humanUserId()
                          + "/roles/"
                          + roleId,
                      null)
                  .statusCode())
          .isEqualTo(204);
      assertThat(client.nextDispatch("GUILD_MEMBER_UPDATE").path("d").path("roles").toString())
          .isEqualTo("[\"" + roleId + "\"]");

      assertThat(
              control
                  .send(
                      "PUT",
                      "/guilds/" + guildId + "/bot-permissions",
                      "{\"permissions\":\"1024\"}")
                  .statusCode())
          .isEqualTo(204);
      assertThat(
              client
                  .nextDispatch("GUILD_ROLE_UPDATE")
                  .path("d")
                  .path("role")
                  .path("permissions")
                  .asString())
          .isEqualTo("1024");
      assertThat(discord.world().guild(guild).orElseThrow().memberCount()).isEqualTo(2 + 1 + 102);

      assertThat(control.send("DELETE", "/guilds/" + guildId, null).statusCode()).isEqualTo(204);
      assertThat(client.nextDispatch("GUILD_DELETE").path("d").path("id").asString())
          .isEqualTo(guildId);
      assertThat(discord.world().guild(guild)).isEmpty();
    }
  }

  @Test
  void badControlsAreRefusedWithTheReason() {
    assertRefused(control.post("/guilds", "{}"), "name");
    assertRefused(control.post("/guilds", "{\"name\":\"x\"}"), "2 to 100");
    assertRefused(control.post("/guilds", "{\"name\":\"ok\",\"member_count\":-1}"), "-1");
    assertRefused(
        control.post("/guilds", "{\"name\":\"ok\",\"member_count\":\"many\"}"), "integer");
    assertRefused(
        control.post("/guilds", "{\"name\":\"ok\",\"bot_permissions\":\"140737488355328\"}"),
        "unknown permission bits");
    assertRefused(
        control.post("/guilds", "{\"name\":\"ok\",\"channels\":[{\"name\":\"a\",\"type\":11}]}"),
        "11");
    assertRefused(
        control.post("/guilds", "{\"name\":\"ok\",\"channels\":[{\"name\":\"a\",\"type\":\"x\"}]}"),
        "x");
    assertRefused(control.post("/guilds", "{\"name\":\"ok\",\"shard\":[3,2]}"), "shard");
    assertRefused(control.post("/guilds/42/members", "{\"count\":1}"), "unknown guild 42");
    assertRefused(control.post("/guilds/42/roles", "{\"name\":\"r\"}"), "unknown guild 42");
    assertRefused(control.post("/guilds/nope/roles", "{\"name\":\"r\"}"), "nope");
    assertRefused(
        control.send(
            "PUT", "/guilds/" + discord.guildId() + "/bot-permissions", "{\"permissions\":-3}"),
        "permissions");
    assertRefused(control.send("DELETE", "/guilds/" + discord.guildId(), null), "default guild");
    assertRefused(
        control.post("/guilds/" + discord.guildId() + "/members", "{\"count\":-2}"), "-2");
    assertThat(control.send("PATCH", "/guilds/" + discord.guildId(), "{}").statusCode())
        .isEqualTo(404);
    assertThat(discord.world().guilds()).hasSize(1);
  }

  private static void assertRefused(HttpResponse<String> response, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(RestClient.json(response).path("message").asString()).contains(reason);
  }
}
