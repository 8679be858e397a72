package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.RestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The ban routes: ban, list, get, unban and bulk ban, with events and audit entries. */
class BanRoutesTest extends MemberFamilyTestBase {

  @Test
  void banRemovesTheMemberAndUnbanLiftsIt() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    awaitDispatch("GUILD_MEMBER_ADD");
    String path = guildPath + "/bans/" + alice;
    noContent(send("PUT", path, "{\"delete_message_seconds\":3600}", "raiding"));
    JsonNode banAdd = awaitDispatch("GUILD_BAN_ADD");
    assertThat(banAdd.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(banAdd.path("user").path("id").asString()).isEqualTo(id(alice));
    assertThat(awaitDispatch("GUILD_MEMBER_REMOVE").path("user").path("id").asString())
        .isEqualTo(id(alice));
    error(bot.get(guildPath + "/members/" + alice), 404, 10007);
    ObjectNode entry = lastAuditEntry();
    assertThat(entry.path("action_type").asInt()).isEqualTo(22);
    assertThat(entry.path("target_id").asString()).isEqualTo(id(alice));
    assertThat(entry.path("reason").asString()).isEqualTo("raiding");

    JsonNode ban = valid("GET", path, bot.get(path));
    assertThat(ban.path("reason").asString()).isEqualTo("raiding");
    assertThat(ban.path("user").path("username").asString()).isEqualTo("alice");
    JsonNode bans = valid("GET", guildPath + "/bans", bot.get(guildPath + "/bans"));
    assertThat(bans.size()).isEqualTo(1);

    noContent(send("DELETE", path, null, "forgiven"));
    assertThat(awaitDispatch("GUILD_BAN_REMOVE").path("user").path("id").asString())
        .isEqualTo(id(alice));
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(23);
    error(bot.get(path), 404, 10026);
    error(send("DELETE", path, null, null), 404, 10026);
  }

  @Test
  void bansPageInAscendingUserIds() {
    long[] users = new long[4];
    for (int i = 0; i < users.length; i++) {
      users[i] = discord.humanJoins(discord.guildId(), "user" + i);
      noContent(send("PUT", guildPath + "/bans/" + users[i], null, null));
    }
    JsonNode firstTwo = RestClient.json(bot.get(guildPath + "/bans?limit=2"));
    assertThat(firstTwo.size()).isEqualTo(2);
    assertThat(firstTwo.get(0).path("user").path("id").asString()).isEqualTo(id(users[0]));
    JsonNode after = RestClient.json(bot.get(guildPath + "/bans?after=" + users[1]));
    assertThat(after.size()).isEqualTo(2);
    assertThat(after.get(0).path("user").path("id").asString()).isEqualTo(id(users[2]));
    JsonNode before = RestClient.json(bot.get(guildPath + "/bans?limit=1&before=" + users[3]));
    assertThat(before.size()).isEqualTo(1);
    assertThat(before.get(0).path("user").path("id").asString()).isEqualTo(id(users[2]));
  }

  @Test
  void bulkBanReportsBannedAndFailedUsers() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    long bob = discord.humanJoins(discord.guildId(), "bob");
    String path = guildPath + "/bulk-ban";
    String body =
        "{\"user_ids\":[\"%s\",\"%s\",\"%s\"]}"
            .formatted(id(alice), id(bob), id(discord.humanUserId()));
    JsonNode answer = valid("POST", path, send("POST", path, body, null));
    assertThat(answer.path("banned_users").size()).isEqualTo(2);
    assertThat(answer.path("failed_users").get(0).asString()).isEqualTo(id(discord.humanUserId()));
    assertThat(discord.world().guild().bans().contains(alice)).isTrue();
    assertThat(discord.world().guild().bans().contains(bob)).isTrue();
    error(send("POST", path, "{\"user_ids\":[\"" + id(alice) + "\"]}", null), 400, 500000);
  }

  @Test
  void banningNeedsBanMembersAndRanksAboveTheMember() {
    long alice = discord.humanJoins(discord.guildId(), "alice");
    error(send("PUT", guildPath + "/bans/" + discord.humanUserId(), null, null), 403, 50013);
    error(send("PUT", guildPath + "/bans/1", null, null), 404, 10013);
    error(send("PUT", "/guilds/1/bans/" + alice, null, null), 404, 10004);
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.BAN_MEMBERS);
    error(send("PUT", guildPath + "/bans/" + alice, null, null), 403, 50013);
    error(bot.get(guildPath + "/bans"), 403, 50013);
    assertThat(discord.world().guild().member(alice)).isPresent();
  }
}
