package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Building guilds, channels, roles and members from a test, and the events that follow. */
class WorldBuildingTest {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;

  OfflineDiscord discord;
  RestClient rest;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
    rest = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    rest.close();
    discord.close();
  }

  GatewayClient ready(long intents) {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false);
    client.identifyAndSkipToGuildCreate(discord.botToken(), intents);
    discord.awaitSessions(1, GatewayClient.WAIT);
    return client;
  }

  static String id(long id) {
    return Long.toUnsignedString(id);
  }

  @Test
  void aBuiltGuildShowsInRestAndInGuildCreateOfLaterSessions() {
    long botPermissions = Permission.of(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES);
    CreatedGuild guild =
        discord
            .newGuild("built guild")
            .category("Community")
            .textChannel("chat", "Community")
            .voiceChannel("Lounge", "Community")
            .channel("announcements", GuildChannelType.ANNOUNCEMENT)
            .role("mods", Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)
            .role("admins", Permission.ADMINISTRATOR.bit())
            .member("alice", "mods", "admins")
            .member("bob")
            .members(50)
            .botPermissions(botPermissions)
            .create();

    assertThat(guild.name()).isEqualTo("built guild");
    assertThat(guild.ownerId()).isEqualTo(discord.humanUserId());
    assertThat(guild.everyoneRoleId()).isEqualTo(guild.id());
    assertThat(guild.channelIds().keySet())
        .containsExactly("Community", "chat", "Lounge", "announcements");
    assertThat(guild.roleIds().keySet()).containsExactly("mods", "admins");
    assertThat(guild.memberCount()).isEqualTo(54);
    long[] memberIds = guild.memberIds();
    assertThat(memberIds[0]).isEqualTo(discord.humanUserId());
    assertThat(memberIds[1]).isEqualTo(discord.botUserId());
    assertThat(memberIds[2]).isEqualTo(guild.memberId("alice"));
    assertThat(memberIds).doesNotHaveDuplicates();
    memberIds[0] = 0;
    assertThat(guild.memberIds()[0]).as("a copy each call").isEqualTo(discord.humanUserId());

    // REST: the guild with its roles stacked as given and the bot's role on top.
    JsonNode restGuild =
        ResponseSchemas.assertValid(
            "GET", "/guilds/" + id(guild.id()), rest.get("/guilds/" + id(guild.id())));
    assertThat(restGuild.path("name").asString()).isEqualTo("built guild");
    assertThat(restGuild.path("system_channel_id").asString())
        .isEqualTo(id(guild.channelId("chat")));
    Map<String, JsonNode> roles = new java.util.HashMap<>();
    restGuild.path("roles").forEach(role -> roles.put(role.path("id").asString(), role));
    assertThat(roles).hasSize(4);
    JsonNode mods = roles.get(id(guild.roleId("mods")));
    assertThat(mods.path("name").asString()).isEqualTo("mods");
    assertThat(mods.path("position").asInt()).isEqualTo(1);
    assertThat(mods.path("permissions").asString())
        .isEqualTo(id(Permission.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)));
    assertThat(roles.get(id(guild.roleId("admins"))).path("position").asInt()).isEqualTo(2);
    JsonNode botRole = roles.get(id(guild.botRoleId()));
    assertThat(botRole.path("position").asInt()).isEqualTo(3);
    assertThat(botRole.path("managed").asBoolean()).isTrue();
    assertThat(botRole.path("permissions").asString()).isEqualTo(id(botPermissions));

    JsonNode channels =
        ResponseSchemas.assertValid(
            "GET",
            "/guilds/" + id(guild.id()) + "/channels",
            rest.get("/guilds/" + id(guild.id()) + "/channels"));
    assertThat(channels).hasSize(4);
    for (JsonNode channel : channels) {
      String name = channel.path("name").asString();
      assertThat(channel.path("id").asString()).isEqualTo(id(guild.channelId(name)));
      assertThat(channel.path("guild_id").asString()).isEqualTo(id(guild.id()));
      int expectedType =
          switch (name) {
            case "Community" -> 4;
            case "chat" -> 0;
            case "Lounge" -> 2;
            default -> 5;
          };
      assertThat(channel.path("type").asInt()).isEqualTo(expectedType);
      if (name.equals("chat") || name.equals("Lounge")) {
        assertThat(channel.path("parent_id").asString())
            .isEqualTo(id(guild.channelId("Community")));
      } else {
        assertThat(channel.get("parent_id").isNull()).isTrue();
      }
    }

    String alicePath = "/guilds/" + id(guild.id()) + "/members/" + id(guild.memberId("alice"));
    JsonNode alice = ResponseSchemas.assertValid("GET", alicePath, rest.get(alicePath));
    assertThat(alice.path("user").path("username").asString()).isEqualTo("alice");
    assertThat(alice.path("roles").toString())
        .isEqualTo("[\"%s\",\"%s\"]".formatted(guild.roleId("mods"), guild.roleId("admins")));
    Guild state = discord.world().guild(guild.id()).orElseThrow();
    assertThat(state.memberCount()).isEqualTo(54);
    assertThat(state.members().stream().map(Member::user).map(u -> u.username()))
        .filteredOn(name -> name.startsWith("member"))
        .hasSize(50);

    // A session that identifies now gets the guild in READY and a GUILD_CREATE for it.
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.identify(discord.botToken(), GUILDS | GUILD_MEMBERS);
      JsonNode ready = client.nextDispatch("READY").path("d");
      assertThat(ready.path("guilds").findValuesAsString("id"))
          .containsExactly(id(discord.guildId()), id(guild.id()));
      client.nextDispatch("GUILD_CREATE");
      JsonNode create = client.nextDispatch("GUILD_CREATE").path("d");
      assertThat(create.path("id").asString()).isEqualTo(id(guild.id()));
      assertThat(create.path("member_count").asInt()).isEqualTo(54);
      assertThat(create.path("channels").findValuesAsString("name"))
          .containsExactly("Community", "chat", "Lounge", "announcements");
      assertThat(create.path("roles")).hasSize(4);
    }
  }

  @Test
  void liveChangesSendTheEventsDiscordSends() {
    try (GatewayClient client = ready(GUILDS | GUILD_MEMBERS)) {
      CreatedGuild guild = discord.newGuild("live guild").textChannel("chat").create();
      long guildId = guild.id();
      JsonNode create = client.nextDispatch("GUILD_CREATE").path("d");
      assertThat(create.path("id").asString()).isEqualTo(id(guildId));
      assertThat(create.path("name").asString()).isEqualTo("live guild");
      assertThat(create.path("channels").get(0).path("name").asString()).isEqualTo("chat");

      long category = discord.addChannel(guildId, "Info", GuildChannelType.CATEGORY);
      assertThat(client.nextDispatch("CHANNEL_CREATE").path("d").path("type").asInt()).isEqualTo(4);
      long news = discord.addChannel(guildId, "news", GuildChannelType.ANNOUNCEMENT, category);
      JsonNode channel = client.nextDispatch("CHANNEL_CREATE").path("d");
      assertThat(channel.path("id").asString()).isEqualTo(id(news));
      assertThat(channel.path("guild_id").asString()).isEqualTo(id(guildId));
      assertThat(channel.path("parent_id").asString()).isEqualTo(id(category));
      assertThat(channel.path("position").asInt()).isEqualTo(2);
      // Discord allows two channels with one name.
      discord.addChannel(guildId, "news", GuildChannelType.TEXT);
      client.nextDispatch("CHANNEL_CREATE");

      long helpers = discord.addRole(guildId, "helpers", Permission.MANAGE_MESSAGES.bit());
      JsonNode role = client.nextDispatch("GUILD_ROLE_CREATE").path("d");
      assertThat(role.path("guild_id").asString()).isEqualTo(id(guildId));
      assertThat(role.path("role").path("id").asString()).isEqualTo(id(helpers));
      assertThat(role.path("role").path("position").asInt()).isEqualTo(1);
      assertThat(role.path("role").path("permissions").asString())
          .isEqualTo(id(Permission.MANAGE_MESSAGES.bit()));
      // The bot's role moved up to make room.
      JsonNode moved = client.nextDispatch("GUILD_ROLE_UPDATE").path("d").path("role");
      assertThat(moved.path("id").asString()).isEqualTo(id(guild.botRoleId()));
      assertThat(moved.path("position").asInt()).isEqualTo(2);

      long bob = discord.addMember(guildId, "bob", helpers);
      JsonNode added = client.nextDispatch("GUILD_MEMBER_ADD").path("d");
      assertThat(added.path("guild_id").asString()).isEqualTo(id(guildId));
      assertThat(added.path("user").path("id").asString()).isEqualTo(id(bob));
      assertThat(added.path("user").path("username").asString()).isEqualTo("bob");
      assertThat(added.path("roles").toString()).isEqualTo("[\"" + helpers + "\"]");

      discord.giveRole(guildId, discord.humanUserId(), helpers);
      JsonNode update = client.nextDispatch("GUILD_MEMBER_UPDATE").path("d");
      assertThat(update.path("user").path("id").asString()).isEqualTo(id(discord.humanUserId()));
      assertThat(update.path("roles").toString()).isEqualTo("[\"" + helpers + "\"]");
      // Giving it again changes nothing, so no event.
      discord.giveRole(guildId, discord.humanUserId(), helpers);

      long limited = Permission.of(Permission.VIEW_CHANNEL);
      discord.setBotPermissions(guildId, limited);
      JsonNode botRole = client.nextDispatch("GUILD_ROLE_UPDATE").path("d").path("role");
      assertThat(botRole.path("id").asString()).isEqualTo(id(guild.botRoleId()));
      assertThat(botRole.path("permissions").asString()).isEqualTo(id(limited));
      JsonNode myGuilds =
          ResponseSchemas.assertValid("GET", "/users/@me/guilds", rest.get("/users/@me/guilds"));
      long everyone = Long.parseLong(create.path("roles").get(0).path("permissions").asString());
      for (JsonNode partial : myGuilds) {
        if (partial.path("id").asString().equals(id(guildId))) {
          assertThat(partial.path("permissions").asString()).isEqualTo(id(limited | everyone));
        }
      }

      long[] many = discord.addMembers(guildId, 3);
      assertThat(many).hasSize(3);
      for (long member : many) {
        assertThat(client.nextDispatch("GUILD_MEMBER_ADD").path("d").path("user").path("id"))
            .hasToString("\"" + member + "\"");
      }
      long[] quiet = discord.addMembersWithoutEvents(guildId, 5);
      assertThat(quiet).hasSize(5).doesNotContain(many);

      // The audit log has the owner's changes; GUILD_MODERATION is not asked for, so no events.
      Guild state = discord.world().guild(guildId).orElseThrow();
      assertThat(state.auditLog().all().stream().map(e -> e.path("action_type").asInt()))
          .containsExactly(10, 10, 10, 30, 25, 31);
      assertThat(state.memberCount()).isEqualTo(2 + 1 + 3 + 5);

      discord.removeGuild(guildId);
      JsonNode delete = client.nextDispatch("GUILD_DELETE").path("d");
      assertThat(delete.path("id").asString()).isEqualTo(id(guildId));
      assertThat(delete.has("unavailable")).isFalse();
      assertThat(rest.get("/guilds/" + id(guildId)).statusCode()).isEqualTo(404);

      // Nothing else was sent: the next payload answers this heartbeat.
      client.send("{\"op\":1,\"d\":1}");
      assertThat(client.next().path("op").asInt()).isEqualTo(11);
    }
  }

  @Test
  void withoutEventsAndWithoutTheIntentSessionsHearNothing() {
    try (GatewayClient client = ready(GUILDS)) {
      CreatedGuild quiet = discord.newGuild("quiet").withoutEvents().members(10).create();
      discord.addMember(quiet.id(), "carol");
      discord.addMembers(quiet.id(), 2);
      client.send("{\"op\":1,\"d\":1}");
      assertThat(client.next().path("op").asInt()).isEqualTo(11);
      assertThat(discord.world().guild(quiet.id()).orElseThrow().memberCount()).isEqualTo(15);
    }
  }

  @Test
  void aGuildCanBePlacedOnAShard() {
    CreatedGuild onOne = discord.newGuild("shard one").onShard(1, 2).create();
    assertThat((onOne.id() >> 22) % 2).isEqualTo(1);
    CreatedGuild onZero = discord.newGuild("shard zero").onShard(0, 2).create();
    assertThat((onZero.id() >> 22) % 2).isZero();
    try (GatewayClient shard1 = GatewayClient.connect(discord.gatewayUrl(), false)) {
      shard1.next();
      shard1.identify(discord.botToken(), GUILDS, 1, 2);
      List<String> ids = new ArrayList<>();
      shard1
          .nextDispatch("READY")
          .path("d")
          .path("guilds")
          .forEach(g -> ids.add(g.path("id").asString()));
      assertThat(ids).contains(id(onOne.id())).doesNotContain(id(onZero.id()));
      discord.awaitSessions(1, GatewayClient.WAIT);
      for (int i = 0; i < ids.size(); i++) {
        shard1.nextDispatch("GUILD_CREATE");
      }
      // Live: only guilds of shard 1 reach this session.
      discord.newGuild("late zero").onShard(0, 2).create();
      CreatedGuild lateOne = discord.newGuild("late one").onShard(1, 2).create();
      assertThat(shard1.nextDispatch("GUILD_CREATE").path("d").path("id").asString())
          .isEqualTo(id(lateOne.id()));
    }
  }

  @Test
  void theDefaultBotPermissionsCanBeChosen() {
    long chosen = Permission.of(Permission.SEND_MESSAGES, Permission.VIEW_CHANNEL);
    try (OfflineDiscord limited = OfflineDiscord.builder().botPermissions(chosen).start()) {
      Guild first = limited.world().guild();
      assertThat(first.roles().get(first.botRoleId()).orElseThrow().path("permissions").asString())
          .isEqualTo(id(chosen));
      CreatedGuild built = limited.newGuild("inherits").create();
      Guild later = limited.world().guild(built.id()).orElseThrow();
      assertThat(later.roles().get(built.botRoleId()).orElseThrow().path("permissions").asString())
          .isEqualTo(id(chosen));
    }
    assertThat(Permission.all() & Permission.ADMINISTRATOR.bit()).isNotZero();
    assertThat(Permission.botDefault() & Permission.ADMINISTRATOR.bit()).isZero();
  }

  @Test
  void badInputIsRefusedWithAClearReason() {
    long guildId = discord.newGuild("target").textChannel("chat").create().id();
    long unknown = 42;
    invalid(() -> discord.addChannel(unknown, "x", GuildChannelType.TEXT), "unknown guild 42");
    invalid(() -> discord.addRole(unknown, "x", 0), "unknown guild 42");
    invalid(() -> discord.addMember(unknown, "someone"), "unknown guild 42");
    invalid(() -> discord.addMembers(unknown, 1), "unknown guild 42");
    invalid(() -> discord.setBotPermissions(unknown, 0), "unknown guild 42");
    invalid(() -> discord.removeGuild(unknown), "unknown guild 42");
    invalid(() -> discord.addMembers(guildId, -1), "-1");
    invalid(() -> discord.addMembersWithoutEvents(guildId, 500_001), "500001");
    invalid(() -> discord.newGuild("g").create(), "a guild name must be 2 to 100");
    invalid(() -> discord.newGuild("ok").members(-5), "-5");
    invalid(() -> discord.addRole(guildId, "x", 1L << 47), "unknown permission bits");
    invalid(() -> discord.setBotPermissions(guildId, -1L), "unknown permission bits");
    invalid(() -> discord.newGuild("ok").botPermissions(1L << 60), "unknown permission bits");
    invalid(() -> discord.addChannel(guildId, "", GuildChannelType.TEXT), "channel name");
    invalid(() -> discord.addRole(guildId, "r".repeat(101), 0), "role name");
    invalid(() -> discord.addMember(guildId, "x"), "user name");
    invalid(() -> discord.newGuild("ok").textChannel("a").voiceChannel("a"), "already has");
    invalid(() -> discord.newGuild("ok").role("a").role("a"), "already has");
    invalid(() -> discord.newGuild("ok").member("aa").member("aa"), "already has");
    invalid(() -> discord.newGuild("ok").textChannel("a", "nowhere").create(), "nowhere");
    invalid(() -> discord.newGuild("ok").member("aa", "ghosts").create(), "ghosts");
    invalid(() -> discord.newGuild("ok").onShard(2, 2), "shard");
    invalid(() -> discord.removeGuild(discord.guildId()), "default guild");
    Guild target = discord.world().guild(guildId).orElseThrow();
    invalid(() -> discord.giveRole(guildId, discord.humanUserId(), guildId), "@everyone");
    invalid(() -> discord.giveRole(guildId, discord.humanUserId(), target.botRoleId()), "managed");
    invalid(() -> discord.giveRole(guildId, 7, target.botRoleId()), "managed");
    invalid(() -> discord.giveRole(guildId, discord.humanUserId(), 9), "unknown role 9");
    long role = discord.addRole(guildId, "r", 0);
    invalid(() -> discord.giveRole(guildId, 7, role), "not a member");
    long chat = discord.world().guild(guildId).orElseThrow().channels().keys().get(0);
    invalid(
        () -> discord.addChannel(guildId, "x", GuildChannelType.TEXT, chat), "is not a category");
    invalid(() -> GuildChannelType.ofValue(11), "11");
    // Failed builds leave nothing behind.
    assertThat(discord.world().guilds()).hasSize(2);

    discord.close();
    assertThatThrownBy(() -> discord.addRole(guildId, "late", 0))
        .isInstanceOfSatisfying(
            TestkitException.class,
            e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.CLOSED));
  }

  static void invalid(ThrowingCallable call, String reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            TestkitException.class,
            e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.INVALID_ARGUMENT))
        .hasMessageContaining(reason);
  }
}
