package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.channel;
import static dev.gloam.cache.inmemory.Payloads.emoji;
import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.integration;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.presence;
import static dev.gloam.cache.inmemory.Payloads.role;
import static dev.gloam.cache.inmemory.Payloads.scheduledEvent;
import static dev.gloam.cache.inmemory.Payloads.sound;
import static dev.gloam.cache.inmemory.Payloads.stage;
import static dev.gloam.cache.inmemory.Payloads.sticker;
import static dev.gloam.cache.inmemory.Payloads.thread;
import static dev.gloam.cache.inmemory.Payloads.user;
import static dev.gloam.cache.inmemory.Payloads.voiceState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.cache.inmemory.form.CachedGuild;
import dev.gloam.cache.inmemory.form.CachedRole;
import dev.gloam.cache.inmemory.form.CachedScheduledEvent;
import dev.gloam.cache.inmemory.form.CachedStageInstance;
import dev.gloam.model.id.Id;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Guild-level events, each scripted through a real shard from the testkit. */
class GuildEventsTest {
  static final long GUILD = 9_000_001;
  static final long OWNER = 500;
  @RegisterExtension static final ShardFeed feed = new ShardFeed();

  /** A guild with two roles, a text and a voice channel, a thread, two members and the rest. */
  static String fullGuild(long id) {
    GuildParts parts = new GuildParts(id, OWNER, 1024);
    parts.name = "full";
    parts.roles += "," + role(id + 1, "Mod", 8192, 1);
    parts.emojis = emoji(id + 10, "wave");
    parts.stickers = sticker(id + 11, id, "smile");
    parts.memberCount = 2;
    parts.members = member(OWNER, "owner") + "," + member(501, "ann", id + 1);
    parts.channels = channel(id + 20, 0, 0, 0) + "," + channel(id + 21, 0, 2, 0);
    parts.threads = thread(id + 22, id, id + 20, 11);
    parts.voiceStates = voiceState(id, id + 21, 501);
    parts.presences = presence(501, id, "online");
    parts.stages = stage(id + 30, id, id + 21, "talk");
    parts.scheduledEvents = scheduledEvent(id + 31, id, "meetup", 3);
    parts.sounds = sound(id + 32, id, "horn");
    return guild(parts);
  }

  @Test
  void guildCreateCachesEveryPartOfTheGuild() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));

    CacheStats stats = cache.stats();
    assertThat(stats).isEqualTo(new CacheStats(1, 0, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0));
    CachedGuild.Standard guild = (CachedGuild.Standard) cache.guild(Id.of(GUILD)).orElseThrow();
    assertThat(guild.name()).isEqualTo("full");
    assertThat(guild.ownerId()).isEqualTo(OWNER);
    assertThat(guild.memberCount()).isEqualTo(2);
    assertThat(cache.channel(Id.of(GUILD + 22)).orElseThrow().parentId()).isEqualTo(GUILD + 20);
    assertThat(cache.channel(Id.of(GUILD + 20)).orElseThrow().guildId())
        .as("GUILD_CREATE's channels have no guild_id; the cache knows it")
        .isEqualTo(GUILD);
    assertThat(cache.voiceChannelStates(Id.of(GUILD + 21))).hasSize(1);
    assertThat(cache.member(Id.of(GUILD), Id.of(501)).orElseThrow().roleIds())
        .containsExactly(GUILD + 1);
    assertThat(cache.isUnavailable(Id.of(GUILD))).isFalse();
  }

  @Test
  void aSecondGuildCreateReplacesTheGuildWithoutCountingItsUsersTwice() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    GuildParts smaller = new GuildParts(GUILD, OWNER, 1024);
    smaller.members = member(OWNER, "owner");
    smaller.channels = channel(GUILD + 20, 0, 0, 0);
    feed.send("GUILD_CREATE", guild(smaller));

    CacheStats stats = cache.stats();
    assertThat(stats.members()).isEqualTo(1);
    assertThat(stats.users()).as("ann left with the old guild").isEqualTo(1);
    assertThat(stats.channels()).isEqualTo(1);
    assertThat(cache.userGuildCount(Id.of(OWNER))).isEqualTo(1);
    assertThat(cache.emojis(Id.of(GUILD))).isEmpty();
  }

  @Test
  void readyListsUnavailableGuildsUntilTheirGuildCreate() {
    InMemoryCache cache = feed.fresh();
    feed.send(
        "READY",
        """
        {"v":10,"user":%s,"guilds":[{"id":"%d","unavailable":true}],"session_id":"x",\
        "resume_gateway_url":"wss://x","application":{"id":"1","flags":0}}\
        """
            .formatted(user(77, "bot"), GUILD));

    assertThat(cache.isUnavailable(Id.of(GUILD))).isTrue();
    assertThat(cache.unavailableGuilds()).containsExactly(Id.of(GUILD));
    assertThat(cache.guild(Id.of(GUILD))).isEmpty();
    assertThat(cache.currentUser().orElseThrow().id()).isEqualTo(77);

    feed.send("GUILD_CREATE", fullGuild(GUILD));
    assertThat(cache.isUnavailable(Id.of(GUILD))).isFalse();
    assertThat(cache.guild(Id.of(GUILD))).isPresent();
  }

  @Test
  void anOutageKeepsTheGuildMarkedUnavailableAndLeavingForgetsIt() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    feed.send("GUILD_DELETE", "{\"id\":\"%d\",\"unavailable\":true}".formatted(GUILD));
    assertThat(cache.isUnavailable(Id.of(GUILD))).isTrue();
    assertThat(cache.members(Id.of(GUILD))).as("kept through an outage").hasSize(2);

    feed.send("GUILD_CREATE", "{\"id\":\"%d\",\"unavailable\":true}".formatted(GUILD + 1));
    assertThat(cache.isUnavailable(Id.of(GUILD + 1))).isTrue();

    feed.send("GUILD_DELETE", "{\"id\":\"%d\"}".formatted(GUILD));
    assertThat(cache.guild(Id.of(GUILD))).isEmpty();
    assertThat(cache.isUnavailable(Id.of(GUILD))).isFalse();
    CacheStats stats = cache.stats();
    assertThat(stats.users()).isZero();
    assertThat(stats.channels()).isZero();
    assertThat(stats.members()).isZero();
    assertThat(cache.user(Id.of(501))).isEmpty();
  }

  @Test
  void guildUpdateReplacesSettingsAndRolesAndKeepsTheRest() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    GuildParts renamed = new GuildParts(GUILD, 501, 1024);
    renamed.name = "renamed";
    String update =
        guild(renamed).replaceAll(",\"joined_at\".*$", "}").replace("\"stickers\":[],", "");
    feed.send("GUILD_UPDATE", update);

    CachedGuild.Standard guild = (CachedGuild.Standard) cache.guild(Id.of(GUILD)).orElseThrow();
    assertThat(guild.name()).isEqualTo("renamed");
    assertThat(guild.ownerId()).isEqualTo(501);
    assertThat(guild.memberCount()).as("GUILD_UPDATE has no member count").isEqualTo(2);
    assertThat(cache.roles(Id.of(GUILD))).extracting(CachedRole::id).containsExactly(GUILD);
    assertThat(cache.members(Id.of(GUILD))).hasSize(2);
  }

  @Test
  void rolesAreCreatedUpdatedAndDeletedAndAnUpdateBeforeTheCreateCreatesIt() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    String roleEvent = "{\"guild_id\":\"%d\",\"role\":%s}";
    feed.send("GUILD_ROLE_CREATE", roleEvent.formatted(GUILD, role(GUILD + 2, "New", 1, 2)));
    feed.send("GUILD_ROLE_UPDATE", roleEvent.formatted(GUILD, role(GUILD + 2, "Renamed", 3, 2)));
    feed.send("GUILD_ROLE_UPDATE", roleEvent.formatted(GUILD, role(GUILD + 3, "Unseen", 4, 3)));

    var renamed = (CachedRole.Standard) cache.role(Id.of(GUILD), Id.of(GUILD + 2)).orElseThrow();
    assertThat(renamed.name()).isEqualTo("Renamed");
    assertThat(renamed.permissions()).isEqualTo(3);
    assertThat(cache.role(Id.of(GUILD), Id.of(GUILD + 3))).isPresent();

    feed.send(
        "GUILD_ROLE_DELETE",
        "{\"guild_id\":\"%d\",\"role_id\":\"%d\"}".formatted(GUILD, GUILD + 2));
    feed.send(
        "GUILD_ROLE_DELETE", "{\"guild_id\":\"%d\",\"role_id\":\"%d\"}".formatted(GUILD, 12345));
    assertThat(cache.roles(Id.of(GUILD)))
        .extracting(CachedRole::id)
        .containsExactlyInAnyOrder(GUILD, GUILD + 1, GUILD + 3);
  }

  @Test
  void emojiAndStickerUpdatesReplaceTheWholeSet() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    feed.send(
        "GUILD_EMOJIS_UPDATE",
        "{\"guild_id\":\"%d\",\"emojis\":[%s,%s]}"
            .formatted(GUILD, emoji(GUILD + 12, "a"), emoji(GUILD + 13, "b")));
    feed.send("GUILD_STICKERS_UPDATE", "{\"guild_id\":\"%d\",\"stickers\":[]}".formatted(GUILD));

    assertThat(cache.emoji(Id.of(GUILD), Id.of(GUILD + 10))).isEmpty();
    assertThat(cache.emojis(Id.of(GUILD))).hasSize(2);
    assertThat(cache.emoji(Id.of(GUILD), Id.of(GUILD + 13))).isPresent();
    assertThat(cache.stickers(Id.of(GUILD))).isEmpty();
  }

  @Test
  void soundboardSoundsFollowTheirEvents() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    feed.send("GUILD_SOUNDBOARD_SOUND_CREATE", sound(GUILD + 40, GUILD, "drum"));
    feed.send("GUILD_SOUNDBOARD_SOUND_UPDATE", sound(GUILD + 40, GUILD, "drums"));
    assertThat(cache.soundboardSounds(Id.of(GUILD))).hasSize(2);
    feed.send(
        "GUILD_SOUNDBOARD_SOUND_DELETE",
        "{\"sound_id\":\"%d\",\"guild_id\":\"%d\"}".formatted(GUILD + 32, GUILD));
    assertThat(cache.soundboardSound(Id.of(GUILD), Id.of(GUILD + 32))).isEmpty();

    feed.send(
        "GUILD_SOUNDBOARD_SOUNDS_UPDATE",
        "{\"soundboard_sounds\":[%s],\"guild_id\":\"%d\"}"
            .formatted(sound(GUILD + 41, GUILD, "bell"), GUILD));
    assertThat(cache.soundboardSounds(Id.of(GUILD))).hasSize(1);
    feed.send(
        "SOUNDBOARD_SOUNDS",
        "{\"soundboard_sounds\":[%s,%s],\"guild_id\":\"%d\"}"
            .formatted(sound(GUILD + 42, GUILD, "a"), sound(GUILD + 43, GUILD, "b"), GUILD));
    assertThat(cache.soundboardSounds(Id.of(GUILD))).hasSize(2);
    assertThat(cache.soundboardSound(Id.of(GUILD), Id.of(GUILD + 41))).isEmpty();
  }

  @Test
  void integrationsStagesAndScheduledEventsFollowTheirEvents() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    feed.send("INTEGRATION_CREATE", integration(GUILD + 50, GUILD, "twitch"));
    feed.send("INTEGRATION_UPDATE", integration(GUILD + 50, GUILD, "twitch-2"));
    assertThat(cache.integrations(Id.of(GUILD))).hasSize(1);
    feed.send(
        "INTEGRATION_DELETE", "{\"id\":\"%d\",\"guild_id\":\"%d\"}".formatted(GUILD + 50, GUILD));
    assertThat(cache.integration(Id.of(GUILD), Id.of(GUILD + 50))).isEmpty();

    feed.send("STAGE_INSTANCE_UPDATE", stage(GUILD + 30, GUILD, GUILD + 21, "new topic"));
    var stageForm =
        (CachedStageInstance.Standard)
            cache.stageInstance(Id.of(GUILD), Id.of(GUILD + 30)).orElseThrow();
    assertThat(stageForm.topic()).isEqualTo("new topic");
    feed.send("STAGE_INSTANCE_CREATE", stage(GUILD + 33, GUILD, GUILD + 21, "second"));
    feed.send("STAGE_INSTANCE_DELETE", stage(GUILD + 30, GUILD, GUILD + 21, "new topic"));
    assertThat(cache.stageInstances(Id.of(GUILD)))
        .extracting(CachedStageInstance::id)
        .containsExactly(GUILD + 33);

    String subscribe =
        "{\"guild_scheduled_event_id\":\"%d\",\"user_id\":\"501\",\"guild_id\":\"%d\"}"
            .formatted(GUILD + 31, GUILD);
    feed.send("GUILD_SCHEDULED_EVENT_USER_ADD", subscribe);
    feed.send("GUILD_SCHEDULED_EVENT_USER_ADD", subscribe);
    feed.send("GUILD_SCHEDULED_EVENT_USER_REMOVE", subscribe);
    assertThat(userCount(cache, GUILD + 31)).isEqualTo(4);
    feed.send("GUILD_SCHEDULED_EVENT_UPDATE", scheduledEvent(GUILD + 31, GUILD, "renamed", 9));
    assertThat(userCount(cache, GUILD + 31)).isEqualTo(9);
    feed.send("GUILD_SCHEDULED_EVENT_CREATE", scheduledEvent(GUILD + 34, GUILD, "other", 0));
    feed.send("GUILD_SCHEDULED_EVENT_DELETE", scheduledEvent(GUILD + 31, GUILD, "renamed", 9));
    assertThat(cache.scheduledEvents(Id.of(GUILD)))
        .extracting(CachedScheduledEvent::id)
        .containsExactly(GUILD + 34);
  }

  private static int userCount(InMemoryCache cache, long eventId) {
    return ((CachedScheduledEvent.Standard)
            cache.scheduledEvent(Id.of(GUILD), Id.of(eventId)).orElseThrow())
        .userCount();
  }

  @Test
  void userUpdateReplacesTheCurrentUser() {
    InMemoryCache cache = feed.fresh();
    feed.send("USER_UPDATE", user(77, "before"));
    feed.send("USER_UPDATE", user(77, "after"));
    assertThat(cache.currentUser().orElseThrow())
        .extracting(u -> ((dev.gloam.cache.inmemory.form.CachedUser.Standard) u).username())
        .isEqualTo("after");
  }

  @Test
  void onlyTheChosenResourceTypesAreKept() {
    InMemoryCache cache =
        feed.fresh(InMemoryCache.builder().resourceTypes(ResourceType.GUILD, ResourceType.ROLE));
    feed.send("GUILD_CREATE", fullGuild(GUILD));

    assertThat(cache.stats())
        .isEqualTo(new CacheStats(1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    InMemoryCache nothing = feed.fresh(InMemoryCache.builder().resourceTypes(java.util.Set.of()));
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    assertThat(nothing.guild(Id.of(GUILD))).isEmpty();
    assertThat(nothing.stats().roles()).isZero();
  }

  @Test
  void clearForgetsEverything() {
    InMemoryCache cache = feed.fresh();
    feed.send("GUILD_CREATE", fullGuild(GUILD));
    cache.clear();
    assertThat(cache.stats())
        .isEqualTo(new CacheStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  }
}
