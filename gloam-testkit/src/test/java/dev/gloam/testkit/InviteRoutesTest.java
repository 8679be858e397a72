package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.RestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Invites: create, list per channel and guild, get with counts, delete; events and audit. */
class InviteRoutesTest extends MemberFamilyTestBase {

  @Test
  void inviteLifecycle() {
    String channelPath = "/channels/" + discord.channelId() + "/invites";
    JsonNode invite =
        valid(
            "POST",
            channelPath,
            send(
                "POST",
                channelPath,
                "{\"max_age\":3600,\"max_uses\":5,\"unique\":true}",
                "welcome"));
    String code = invite.path("code").asString();
    assertThat(code).matches("[A-Za-z0-9]{8,10}");
    assertThat(invite.path("guild").path("id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(invite.path("channel").path("id").asString()).isEqualTo(id(discord.channelId()));
    assertThat(invite.path("inviter").path("id").asString()).isEqualTo(id(discord.botUserId()));
    assertThat(invite.path("max_age").asInt()).isEqualTo(3600);
    assertThat(invite.path("max_uses").asInt()).isEqualTo(5);
    assertThat(invite.path("expires_at").isString()).isTrue();

    JsonNode event = awaitDispatch("INVITE_CREATE");
    assertThat(event.path("code").asString()).isEqualTo(code);
    assertThat(event.path("channel_id").asString()).isEqualTo(id(discord.channelId()));
    assertThat(event.path("guild_id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(event.path("uses").asInt()).isZero();
    ObjectNode entry = lastAuditEntry();
    assertThat(entry.path("action_type").asInt()).isEqualTo(40);
    assertThat(entry.path("reason").asString()).isEqualTo("welcome");
    assertThat(entry.path("changes").get(0).path("key").asString()).isEqualTo("code");
    assertThat(entry.path("changes").get(0).path("new_value").asString()).isEqualTo(code);

    // Without unique, a similar invite is reused instead of making a new one.
    JsonNode again =
        RestClient.json(send("POST", channelPath, "{\"max_age\":3600,\"max_uses\":5}", null));
    assertThat(again.path("code").asString()).isEqualTo(code);

    JsonNode channelInvites = valid("GET", channelPath, bot.get(channelPath));
    assertThat(channelInvites.size()).isEqualTo(1);
    assertThat(channelInvites.get(0).path("uses").asInt()).isZero();
    JsonNode guildInvites = valid("GET", guildPath + "/invites", bot.get(guildPath + "/invites"));
    assertThat(guildInvites.get(0).path("code").asString()).isEqualTo(code);

    String invitePath = "/invites/" + code;
    JsonNode resolved = valid("GET", invitePath, bot.get(invitePath + "?with_counts=true"));
    assertThat(resolved.path("approximate_member_count").asInt()).isEqualTo(2);
    assertThat(resolved.has("uses")).as("no metadata on Get Invite").isFalse();
    assertThat(RestClient.json(bot.get(invitePath)).has("approximate_member_count")).isFalse();

    JsonNode deleted = valid("DELETE", invitePath, send("DELETE", invitePath, null, "closed"));
    assertThat(deleted.path("code").asString()).isEqualTo(code);
    JsonNode deleteEvent = awaitDispatch("INVITE_DELETE");
    assertThat(deleteEvent.path("code").asString()).isEqualTo(code);
    assertThat(deleteEvent.path("channel_id").asString()).isEqualTo(id(discord.channelId()));
    assertThat(lastAuditEntry().path("action_type").asInt()).isEqualTo(42);
    error(bot.get(invitePath), 404, 10006);
    assertThat(RestClient.json(bot.get(channelPath)).isEmpty()).isTrue();
  }

  @Test
  void invitesNeedPermissionsAndKnownIds() {
    error(send("POST", "/channels/1/invites", "{}", null), 404, 10003);
    error(bot.get("/invites/nosuchcode"), 404, 10006);
    String channelPath = "/channels/" + discord.channelId() + "/invites";
    botRolePermissions(
        Permissions.BOT_DEFAULT & ~Permissions.MANAGE_CHANNELS & ~Permissions.MANAGE_GUILD);
    error(bot.get(channelPath), 403, 50013);
    JsonNode invite = valid("POST", channelPath, send("POST", channelPath, "{}", null));
    assertThat(invite.path("max_age").asInt()).as("24 hours by default").isEqualTo(86_400);
    error(send("DELETE", "/invites/" + invite.path("code").asString(), null, null), 403, 50013);
    botRolePermissions(Permissions.BOT_DEFAULT & ~Permissions.CREATE_INSTANT_INVITE);
    // @everyone grants it too by default.
    var guild = discord.world().guild();
    var everyone = guild.roles().get(guild.id()).orElseThrow();
    everyone.put("permissions", Long.toUnsignedString(Permissions.VIEW_CHANNEL));
    guild.roles().put(guild.id(), everyone);
    error(send("POST", channelPath, "{}", null), 403, 50013);
  }
}
