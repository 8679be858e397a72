package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Application commands, global and per guild, and their permissions, over real sockets. */
class CommandRoutesTest {

  OfflineDiscord discord;
  RestClient bot;
  String global;
  String guild;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    global = "/applications/" + discord.applicationId() + "/commands";
    guild =
        "/applications/" + discord.applicationId() + "/guilds/" + discord.guildId() + "/commands";
  }

  @AfterEach
  void stop() {
    bot.close();
    discord.close();
  }

  static String command(String name) {
    return "{\"name\":\""
        + name
        + "\",\"description\":\"does "
        + name
        + "\",\"options\":[{\"type\":3,\"name\":\"text\",\"description\":\"what\",\"required\":true}]}";
  }

  @Test
  void createUpsertsByNameAndReadsBack() {
    HttpResponse<String> created = bot.post(global, command("echo"));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode first = ResponseSchemas.assertValid("POST", global, created);
    assertThat(first.path("application_id").asString())
        .isEqualTo(Long.toString(discord.applicationId()));
    assertThat(first.path("type").asInt()).isEqualTo(1);
    assertThat(first.path("options").get(0).path("name").asString()).isEqualTo("text");

    HttpResponse<String> again = bot.post(global, command("echo"));
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode second = ResponseSchemas.assertValid("POST", global, again);
    assertThat(second.path("id").asString()).isEqualTo(first.path("id").asString());
    assertThat(second.path("version").asString()).isNotEqualTo(first.path("version").asString());

    JsonNode list = ResponseSchemas.assertValid("GET", global, bot.get(global));
    assertThat(list).hasSize(1);
    String one = global + "/" + first.path("id").asString();
    JsonNode edited =
        ResponseSchemas.assertValid(
            "PATCH", one, bot.send("PATCH", one, "{\"description\":\"repeats you\"}"));
    assertThat(edited.path("description").asString()).isEqualTo("repeats you");
    assertThat(RestClient.json(bot.get(one)).path("description").asString())
        .isEqualTo("repeats you");
    assertThat(bot.send("DELETE", one, null).statusCode()).isEqualTo(204);
    JsonNode gone = RestClient.json(bot.get(one));
    assertThat(gone.path("code").asInt()).isEqualTo(10063);
  }

  @Test
  void guildCommandsAreBulkOverwrittenKeepingIdsOfSameNames() {
    JsonNode kept = RestClient.json(bot.post(guild, command("keep")));
    bot.post(guild, command("drop"));
    HttpResponse<String> put =
        bot.send("PUT", guild, "[" + command("keep") + "," + command("fresh") + "]");
    JsonNode result = ResponseSchemas.assertValid("PUT", guild, put);
    assertThat(result).hasSize(2);
    assertThat(result.get(0).path("id").asString()).isEqualTo(kept.path("id").asString());
    assertThat(result.get(0).path("guild_id").asString())
        .isEqualTo(Long.toString(discord.guildId()));
    JsonNode list = ResponseSchemas.assertValid("GET", guild, bot.get(guild));
    assertThat(list)
        .extracting(c -> c.path("name").asString())
        .containsExactlyInAnyOrder("keep", "fresh");
    // Global commands are a scope of their own.
    assertThat(RestClient.json(bot.get(global))).isEmpty();
  }

  @Test
  void validationBeyondTheSchema() {
    JsonNode upper = RestClient.json(bot.post(global, command("Echo")));
    assertThat(upper.path("code").asInt()).isEqualTo(50035);
    assertThat(upper.path("errors").has("name")).isTrue();
    String misordered =
        "{\"name\":\"x\",\"description\":\"y\",\"options\":["
            + "{\"type\":3,\"name\":\"a\",\"description\":\"a\"},"
            + "{\"type\":3,\"name\":\"b\",\"description\":\"b\",\"required\":true}]}";
    JsonNode order = RestClient.json(bot.post(global, misordered));
    assertThat(order.path("code").asInt()).isEqualTo(50035);
    assertThat(order.path("errors").path("options").path("1").has("required")).isTrue();
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append(command("c" + i));
    }
    HttpResponse<String> tooMany = bot.send("PUT", global, many.append("]").toString());
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(RestClient.json(tooMany).path("code").asInt()).isEqualTo(30032);
    // Another application's commands, and an unknown guild.
    HttpResponse<String> foreign = bot.get("/applications/1/commands");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(
            RestClient.json(
                    bot.get("/applications/" + discord.applicationId() + "/guilds/1/commands"))
                .path("code")
                .asInt())
        .isEqualTo(10004);
  }

  @Test
  void permissionsAreReadableButOnlyABearerTokenMayEditThem() {
    JsonNode created = RestClient.json(bot.post(guild, command("mod")));
    String all = guild + "/permissions";
    assertThat(ResponseSchemas.assertValid("GET", all, bot.get(all))).isEmpty();
    String one = guild + "/" + created.path("id").asString() + "/permissions";
    assertThat(RestClient.json(bot.get(one)).path("code").asInt()).isEqualTo(10066);
    HttpResponse<String> edit =
        bot.send(
            "PUT",
            one,
            "{\"permissions\":[{\"id\":\""
                + discord.guildId()
                + "\",\"type\":1,\"permission\":false}]}");
    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(RestClient.json(edit).path("code").asInt()).isEqualTo(20001);
  }

  @Test
  void aBearerTokenSetsPermissionsThatReadBack() {
    JsonNode created = RestClient.json(bot.post(guild, command("mod")));
    String one = guild + "/" + created.path("id").asString() + "/permissions";
    try (RestClient user = RestClient.bearer(discord.restUrl(), "a-users-grant")) {
      HttpResponse<String> edit =
          user.send(
              "PUT",
              one,
              "{\"permissions\":[{\"id\":\""
                  + discord.guildId()
                  + "\",\"type\":1,\"permission\":false}]}");
      assertThat(edit.statusCode()).isEqualTo(200);
      JsonNode set = ResponseSchemas.assertValid("PUT", one, edit);
      assertThat(set.path("id").asString()).isEqualTo(created.path("id").asString());
      assertThat(set.path("permissions").get(0).path("permission").asBoolean(true)).isFalse();
    }
    JsonNode read = ResponseSchemas.assertValid("GET", one, bot.get(one));
    assertThat(read.path("permissions").get(0).path("id").asString())
        .isEqualTo(Long.toString(discord.guildId()));
    String all = guild + "/permissions";
    assertThat(ResponseSchemas.assertValid("GET", all, bot.get(all))).hasSize(1);
    bot.send("DELETE", guild + "/" + created.path("id").asString(), null);
    assertThat(RestClient.json(bot.get(all))).isEmpty();
  }
}
