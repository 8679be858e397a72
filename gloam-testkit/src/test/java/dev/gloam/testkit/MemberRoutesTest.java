package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The member routes: list, search, add, modify, roles, kick and prune, with events and audit. */
class MemberRoutesTest extends MemberFamilyTestBase {

  @Test
  void aHumanJoinsIsListedAndSearchedThenLeaves() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    JsonNode added = awaitDispatch("GUILD_MEMBER_ADD");
    assertThat(added.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(added.path("user").path("username").asString()).isEqualTo("alice");
    assertThat(added.path("user").path("id").asString()).isEqualTo(id(alice));

    JsonNode all = valid("GET", guildPath + "/members", bot.get(guildPath + "/members?limit=1000"));
    List<String> ids = new ArrayList<>();
    all.forEach(member -> ids.add(member.path("user").path("id").asString()));
    assertThat(ids)
        .containsExactly(id(discord.humanUserId()), id(discord.botUserId()), id(alice))
        .as("ascending user ids");
    JsonNode firstPage = valid("GET", guildPath + "/members", bot.get(guildPath + "/members"));
    assertThat(firstPage.size()).as("the default limit is 1").isEqualTo(1);
    JsonNode after =
        RestClient.json(bot.get(guildPath + "/members?limit=1000&after=" + ids.get(1)));
    assertThat(after.size()).isEqualTo(1);
    assertThat(after.get(0).path("user").path("id").asString()).isEqualTo(id(alice));

    JsonNode found =
        valid(
            "GET",
            guildPath + "/members/search",
            bot.get(guildPath + "/members/search?query=AL&limit=10"));
    assertThat(found.size()).isEqualTo(1);
    assertThat(found.get(0).path("user").path("username").asString()).isEqualTo("alice");

    discord.humanLeaves(discord.guildId(), alice);
    JsonNode removed = awaitDispatch("GUILD_MEMBER_REMOVE");
    assertThat(removed.path("user").path("id").asString()).isEqualTo(id(alice));
    error(bot.get(guildPath + "/members/" + alice), 404, 10007);
  }

  @Test
  void theHttpControlsMakeHumansJoinAndLeave() throws Exception {
    String base = discord.restUrl().resolve("/_testkit").toString();
    HttpResponse<String> joined =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/human/joins"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"dora\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    String userId = RestClient.json(joined).path("user_id").asString();
    assertThat(awaitDispatch("GUILD_MEMBER_ADD").path("user").path("id").asString())
        .isEqualTo(userId);
    HttpResponse<String> left =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/human/leaves"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"guild_id\":\"%s\",\"user_id\":\"%s\"}"
                            .formatted(id(discord.guildId()), userId)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
    assertThat(awaitDispatch("GUILD_MEMBER_REMOVE").path("user").path("id").asString())
        .isEqualTo(userId);
    assertThat(discord.world().guild().member(Long.parseUnsignedLong(userId))).isEmpty();
  }

  @Test
  void modifyGuildMemberChangesNickRolesAndTimeoutWithEventAndAudit() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    long role = roleBelowBot("helpers");
    Instant until = Instant.now().plus(Duration.ofDays(1));
    String path = guildPath + "/members/" + alice;
    HttpResponse<String> response =
        send(
            "PATCH",
            path,
            """
            {"nick":"Ally","roles":["%s"],"communication_disabled_until":"%s","flags":4}\
            """
                .formatted(id(role), until),
            "be nice");
    JsonNode member = valid("PATCH", path, response);
    assertThat(member.path("nick").asString()).isEqualTo("Ally");
    assertThat(member.path("roles").get(0).asString()).isEqualTo(id(role));
    assertThat(member.path("communication_disabled_until").isString()).isTrue();
    assertThat(member.path("flags").asInt()).isEqualTo(4);

    JsonNode update = awaitDispatch("GUILD_MEMBER_UPDATE");
    assertThat(update.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(update.path("nick").asString()).isEqualTo("Ally");
    assertThat(update.path("roles").get(0).asString()).isEqualTo(id(role));

    JsonNode read = RestClient.json(bot.get(path));
    assertThat(read.path("nick").asString()).isEqualTo("Ally");
    assertThat(discord.world().guild().member(alice).orElseThrow().timedOutAt(Instant.now()))
        .isTrue();

    List<ObjectNode> entries = discord.world().guild().auditLog().all();
    ObjectNode memberUpdate = entries.get(entries.size() - 2);
    assertThat(memberUpdate.path("action_type").asInt()).isEqualTo(24);
    assertThat(memberUpdate.path("target_id").asString()).isEqualTo(id(alice));
    assertThat(memberUpdate.path("reason").asString()).isEqualTo("be nice");
    assertThat(memberUpdate.path("changes").get(0).path("key").asString()).isEqualTo("nick");
    assertThat(memberUpdate.path("changes").get(0).path("new_value").asString()).isEqualTo("Ally");
    assertThat(memberUpdate.path("changes").get(0).has("old_value")).isFalse();
    ObjectNode roleUpdate = entries.getLast();
    assertThat(roleUpdate.path("action_type").asInt()).isEqualTo(25);
    assertThat(roleUpdate.path("changes").get(0).path("key").asString()).isEqualTo("$add");
    assertThat(roleUpdate.path("changes").get(0).path("new_value").get(0).path("name").asString())
        .isEqualTo("helpers");

    // Lifting the timeout with null.
    JsonNode lifted =
        valid("PATCH", path, send("PATCH", path, "{\"communication_disabled_until\":null}", null));
    assertThat(lifted.get("communication_disabled_until").isNull()).isTrue();
  }

  @Test
  void modifyGuildMemberRefusesWhatDiscordRefuses() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    String path = guildPath + "/members/" + alice;
    long high = roleAboveBot("admins");
    error(send("PATCH", path, "{\"roles\":[\"" + id(high) + "\"]}", null), 403, 50013);
    error(send("PATCH", path, "{\"roles\":[\"1\"]}", null), 404, 10011);
    String tooLate = Instant.now().plus(Duration.ofDays(29)).toString();
    JsonNode invalid =
        error(
            send("PATCH", path, "{\"communication_disabled_until\":\"" + tooLate + "\"}", null),
            400,
            50035);
    assertThat(invalid.path("errors").has("communication_disabled_until")).isTrue();
    String owner = guildPath + "/members/" + discord.humanUserId();
    String soon = Instant.now().plus(Duration.ofHours(1)).toString();
    error(
        send("PATCH", owner, "{\"communication_disabled_until\":\"" + soon + "\"}", null),
        403,
        50013);
    error(send("PATCH", owner, "{\"nick\":\"boss\"}", null), 403, 50013);
    error(
        send("PATCH", path, "{\"channel_id\":\"" + discord.channelId() + "\"}", null), 400, 40032);
    error(send("PATCH", guildPath + "/members/1", "{\"nick\":\"x\"}", null), 404, 10007);
    error(send("PATCH", "/guilds/1/members/" + alice, "{\"nick\":\"x\"}", null), 404, 10004);
    assertThat(discord.world().guild().member(alice).orElseThrow().nick()).isNull();

    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.MANAGE_NICKNAMES);
    error(send("PATCH", path, "{\"nick\":\"x\"}", null), 403, 50013);
  }

  @Test
  void addAndRemoveMemberRoleAnswer204WithEvents() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    awaitDispatch("GUILD_MEMBER_ADD");
    long role = roleBelowBot("helpers");
    String path = guildPath + "/members/" + alice + "/roles/" + role;
    noContent(send("PUT", path, null, "promotion"));
    JsonNode update = awaitDispatch("GUILD_MEMBER_UPDATE");
    assertThat(update.path("roles").get(0).asString()).isEqualTo(id(role));
    assertThat(discord.world().guild().member(alice).orElseThrow().roles()).containsExactly(role);
    ObjectNode entry = lastAuditEntry();
    assertThat(entry.path("action_type").asInt()).isEqualTo(25);
    assertThat(entry.path("reason").asString()).isEqualTo("promotion");

    noContent(send("DELETE", path, null, null));
    assertThat(awaitDispatch("GUILD_MEMBER_UPDATE").path("roles").isEmpty()).isTrue();
    assertThat(lastAuditEntry().path("changes").get(0).path("key").asString()).isEqualTo("$remove");
    error(send("PUT", guildPath + "/members/" + alice + "/roles/1", null, null), 404, 10011);
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.MANAGE_ROLES);
    error(send("PUT", path, null, null), 403, 50013);
  }

  @Test
  void kickRemovesTheMember() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    String path = guildPath + "/members/" + alice;
    noContent(send("DELETE", path, null, "spam"));
    JsonNode removed = awaitDispatch("GUILD_MEMBER_REMOVE");
    assertThat(removed.path("user").path("id").asString()).isEqualTo(id(alice));
    error(bot.get(path), 404, 10007);
    ObjectNode entry = lastAuditEntry();
    assertThat(entry.path("action_type").asInt()).isEqualTo(20);
    assertThat(entry.path("target_id").asString()).isEqualTo(id(alice));
    assertThat(entry.path("reason").asString()).isEqualTo("spam");
    error(send("DELETE", guildPath + "/members/" + discord.humanUserId(), null, null), 403, 50013);

    long bob = discord.humanJoins(discord.guildId(), "bob");
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.KICK_MEMBERS);
    error(send("DELETE", guildPath + "/members/" + bob, null, null), 403, 50013);
  }

  @Test
  void pruneCountsAndRemovesMembersWhoJoinedBeforeTheDays() {
    Guild guild = discord.world().guild();
    long role = roleBelowBot("regulars");
    User old = discord.world().putUser(new User(discord.world().nextId(), "old", null, false));
    User oldWithRole =
        discord.world().putUser(new User(discord.world().nextId(), "veteran", null, false));
    Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
    guild.putMember(new Member(old, tenDaysAgo));
    guild.putMember(new Member(oldWithRole, tenDaysAgo).withRoles(List.of(role)));
    discord.humanJoins(discord.guildId(), "newcomer");

    JsonNode count = valid("GET", guildPath + "/prune", bot.get(guildPath + "/prune?days=7"));
    assertThat(count.path("pruned").asInt()).isEqualTo(1);
    JsonNode withRole = RestClient.json(bot.get(guildPath + "/prune?days=7&include_roles=" + role));
    assertThat(withRole.path("pruned").asInt()).isEqualTo(2);
    assertThat(RestClient.json(bot.get(guildPath + "/prune?days=11")).path("pruned").asInt())
        .isZero();

    JsonNode pruned =
        valid(
            "POST", guildPath + "/prune", send("POST", guildPath + "/prune", "{\"days\":7}", null));
    assertThat(pruned.path("pruned").asInt()).isEqualTo(1);
    JsonNode removed = awaitDispatch("GUILD_MEMBER_REMOVE");
    assertThat(removed.path("user").path("id").asString()).isEqualTo(id(old.id()));
    assertThat(guild.member(old.id())).isEmpty();
    assertThat(guild.member(oldWithRole.id())).isPresent();
    ObjectNode entry = lastAuditEntry();
    assertThat(entry.path("action_type").asInt()).isEqualTo(21);
    assertThat(entry.path("options").path("delete_member_days").asString()).isEqualTo("7");
    assertThat(entry.path("options").path("members_removed").asString()).isEqualTo("1");

    JsonNode uncounted =
        RestClient.json(
            send("POST", guildPath + "/prune", "{\"days\":1,\"compute_prune_count\":false}", null));
    assertThat(uncounted.get("pruned").isNull()).isTrue();
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.KICK_MEMBERS);
    error(bot.get(guildPath + "/prune"), 403, 50013);
  }

  @Test
  void modifyCurrentMemberRenamesTheBot() {
    String path = guildPath + "/members/@me";
    JsonNode member = valid("PATCH", path, send("PATCH", path, "{\"nick\":\"Gloamy\"}", null));
    assertThat(member.path("user").path("id").asString()).isEqualTo(id(discord.botUserId()));
    assertThat(member.path("nick").asString()).isEqualTo("Gloamy");
    assertThat(awaitDispatch("GUILD_MEMBER_UPDATE").path("nick").asString()).isEqualTo("Gloamy");
    assertThat(discord.world().guild().member(discord.botUserId()).orElseThrow().nick())
        .isEqualTo("Gloamy");
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(24);
  }

  @Test
  void addGuildMemberAnswers201ThenNoContent() {
    User carol = discord.world().putUser(new User(discord.world().nextId(), "carol", null, false));
    String path = guildPath + "/members/" + carol.id();
    String body = "{\"access_token\":\"granted\",\"nick\":\"Caz\"}";
    HttpResponse<String> created = send("PUT", path, body, null);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode member = valid("PUT", path, created);
    assertThat(member.path("nick").asString()).isEqualTo("Caz");
    assertThat(awaitDispatch("GUILD_MEMBER_ADD").path("user").path("id").asString())
        .isEqualTo(id(carol.id()));
    noContent(send("PUT", path, body, null));
    error(send("PUT", guildPath + "/members/1", body, null), 404, 10013);
  }
}
