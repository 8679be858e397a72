package dev.gloam.testkit;

import static dev.gloam.testkit.GuildCoreFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.Permissions;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Roles: list, get, member counts, create, modify, reorder and delete, with events and audit. */
class RoleRoutesTest {

  GuildCoreFixture kit;

  @BeforeEach
  void start() {
    kit = new GuildCoreFixture(GuildCoreFixture.GUILDS | GuildCoreFixture.GUILD_MEMBERS);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void createdRoleSitsAboveEveryoneAndIsReadBackEverywhere() {
    HttpResponse<String> created =
        kit.withReason(
            "POST",
            kit.guild() + "/roles",
            "{\"name\":\"mods\",\"permissions\":\"8192\",\"colors\":{\"primary_color\":255},"
                + "\"hoist\":true}",
            "need mods");
    assertThat(created.statusCode()).isEqualTo(200);
    JsonNode role =
        dev.gloam.testkit.support.ResponseSchemas.assertValid(
            "POST", kit.guild() + "/roles", created);
    String roleId = role.path("id").asString();
    assertThat(role.path("name").asString()).isEqualTo("mods");
    assertThat(role.path("permissions").asString()).isEqualTo("8192");
    assertThat(role.path("color").asInt()).isEqualTo(255);
    assertThat(role.path("hoist").asBoolean()).isTrue();
    assertThat(role.path("position").asInt()).isEqualTo(1);

    // The bot's role moved up to make room, and the gateway heard both.
    JsonNode botMoved = kit.event("GUILD_ROLE_UPDATE");
    assertThat(botMoved.path("role").path("id").asString()).isEqualTo(id(kit.world().botRoleId()));
    assertThat(botMoved.path("role").path("position").asInt()).isEqualTo(2);
    JsonNode event = kit.event("GUILD_ROLE_CREATE");
    assertThat(event.path("guild_id").asString()).isEqualTo(id(kit.discord.guildId()));
    assertThat(event.path("role").path("id").asString()).isEqualTo(roleId);

    JsonNode roles = kit.ok("GET", kit.guild() + "/roles", null);
    assertThat(roles.size()).isEqualTo(3);
    assertThat(roles.get(0).path("id").asString()).isEqualTo(id(kit.discord.guildId()));
    assertThat(roles.get(1).path("id").asString()).isEqualTo(roleId);
    assertThat(kit.ok("GET", kit.guild() + "/roles/" + roleId, null).path("name").asString())
        .isEqualTo("mods");
    JsonNode guildCreate = kit.freshGuildCreate();
    assertThat(guildCreate.path("roles").get(1).path("id").asString()).isEqualTo(roleId);
    assertThat(guildCreate.path("roles").get(2).path("position").asInt()).isEqualTo(2);

    ObjectNode audit = kit.lastAudit();
    assertThat(audit.path("action_type").asInt()).isEqualTo(30);
    assertThat(audit.path("target_id").asString()).isEqualTo(roleId);
    assertThat(audit.path("reason").asString()).isEqualTo("need mods");
    assertThat(audit.path("changes").toString()).contains("\"key\":\"name\"", "\"mods\"");
  }

  @Test
  void modifyChangesTheRoleAndLogsWhatChanged() {
    String roleId =
        kit.ok("POST", kit.guild() + "/roles", "{\"name\":\"a\"}").path("id").asString();
    kit.event("GUILD_ROLE_UPDATE");
    kit.event("GUILD_ROLE_CREATE");
    JsonNode role =
        kit.ok("PATCH", kit.guild() + "/roles/" + roleId, "{\"name\":\"b\",\"mentionable\":true}");
    assertThat(role.path("name").asString()).isEqualTo("b");
    assertThat(role.path("mentionable").asBoolean()).isTrue();
    assertThat(kit.event("GUILD_ROLE_UPDATE").path("role").path("name").asString()).isEqualTo("b");
    ObjectNode audit = kit.lastAudit();
    assertThat(audit.path("action_type").asInt()).isEqualTo(31);
    JsonNode change = audit.path("changes").get(0);
    assertThat(change.path("key").asString()).isEqualTo("name");
    assertThat(change.path("old_value").asString()).isEqualTo("a");
    assertThat(change.path("new_value").asString()).isEqualTo("b");
    assertThat(kit.ok("GET", kit.guild() + "/roles/" + roleId, null).path("name").asString())
        .isEqualTo("b");
  }

  @Test
  void deleteTakesTheRoleFromItsMembers() {
    String roleId =
        kit.ok("POST", kit.guild() + "/roles", "{\"name\":\"gone\"}").path("id").asString();
    kit.event("GUILD_ROLE_UPDATE");
    kit.event("GUILD_ROLE_CREATE");
    Member human = kit.world().member(kit.discord.humanUserId()).orElseThrow();
    kit.world().putMember(human.withRoles(List.of(Long.parseLong(roleId))));
    JsonNode counts = kit.ok("GET", kit.guild() + "/roles/member-counts", null);
    assertThat(counts.path(roleId).asInt()).isEqualTo(1);
    assertThat(counts.path(id(kit.world().botRoleId())).asInt()).isEqualTo(1);
    assertThat(counts.has(id(kit.discord.guildId()))).as("no @everyone").isFalse();

    kit.ok("DELETE", kit.guild() + "/roles/" + roleId, null);
    assertThat(kit.event("GUILD_ROLE_DELETE").path("role_id").asString()).isEqualTo(roleId);
    JsonNode update = kit.event("GUILD_MEMBER_UPDATE");
    assertThat(update.path("user").path("id").asString()).isEqualTo(id(kit.discord.humanUserId()));
    assertThat(update.path("roles").size()).isZero();
    // The bot's role closes the gap the deleted role left.
    assertThat(kit.event("GUILD_ROLE_UPDATE").path("role").path("position").asInt()).isEqualTo(1);
    assertThat(kit.world().member(kit.discord.humanUserId()).orElseThrow().roles()).isEmpty();
    kit.error("GET", kit.guild() + "/roles/" + roleId, null, 404, 10011);
    assertThat(kit.lastAudit().path("action_type").asInt()).isEqualTo(32);
  }

  @Test
  void positionsReorderRolesBelowTheBot() {
    List<String> ids = new ArrayList<>();
    for (String name : List.of("one", "two")) {
      ids.add(
          kit.ok("POST", kit.guild() + "/roles", "{\"name\":\"" + name + "\"}")
              .path("id")
              .asString());
    }
    // Newest at the bottom: two (1), one (2), bot (3).
    JsonNode roles =
        kit.ok("PATCH", kit.guild() + "/roles", "[{\"id\":\"" + ids.get(0) + "\",\"position\":1}]");
    assertThat(roles.get(1).path("id").asString()).isEqualTo(ids.get(0));
    assertThat(roles.get(2).path("id").asString()).isEqualTo(ids.get(1));
    assertThat(roles.get(3).path("id").asString()).isEqualTo(id(kit.world().botRoleId()));
    // Moving a role to or above the bot's own is refused.
    kit.error(
        "PATCH",
        kit.guild() + "/roles",
        "[{\"id\":\"" + ids.get(0) + "\",\"position\":3}]",
        403,
        50013);
  }

  @Test
  void refusalsUseDiscordsCodes() {
    kit.error("GET", kit.guild() + "/roles/1", null, 404, 10011);
    kit.error("GET", "/guilds/1/roles", null, 404, 10004);
    // The bot cannot grant what it lacks, nor touch roles at or above its own, nor managed roles.
    kit.botLoses(Permissions.BAN_MEMBERS);
    kit.error("POST", kit.guild() + "/roles", "{\"permissions\":\"4\"}", 403, 50013);
    kit.error(
        "PATCH", kit.guild() + "/roles/" + kit.world().botRoleId(), "{\"name\":\"x\"}", 403, 50013);
    kit.error("DELETE", kit.guild() + "/roles/" + kit.world().botRoleId(), null, 400, 50028);
    kit.error("DELETE", kit.guild() + "/roles/" + kit.discord.guildId(), null, 400, 50028);
    kit.botLoses(Permissions.MANAGE_ROLES);
    kit.error("POST", kit.guild() + "/roles", "{}", 403, 50013);
  }

  @Test
  void aGuildHoldsAtMost250Roles() {
    for (int i = kit.world().roles().size(); i < 250; i++) {
      long roleId = kit.discord.world().nextId();
      kit.world()
          .roles()
          .put(roleId, dev.gloam.testkit.internal.world.Roles.newRole(roleId, "filler", 0, 1));
    }
    kit.error("POST", kit.guild() + "/roles", "{}", 400, 30005);
  }
}
