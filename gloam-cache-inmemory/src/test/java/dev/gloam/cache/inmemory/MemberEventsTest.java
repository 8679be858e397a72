package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.TIME;
import static dev.gloam.cache.inmemory.Payloads.channel;
import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.ids;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.presence;
import static dev.gloam.cache.inmemory.Payloads.role;
import static dev.gloam.cache.inmemory.Payloads.user;
import static dev.gloam.cache.inmemory.Payloads.voiceState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.cache.inmemory.form.CachedPresence;
import dev.gloam.cache.inmemory.form.CachedUser;
import dev.gloam.cache.inmemory.form.CachedVoiceState;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.id.Id;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members, users, presences and voice states, scripted through a real shard from the testkit. */
class MemberEventsTest {
  static final long GUILD = 8_000_001;
  static final long OTHER_GUILD = 8_000_501;
  static final long MOD = GUILD + 1;
  static final long VOICE = GUILD + 2;
  @RegisterExtension static final ShardFeed feed = new ShardFeed();
  InMemoryCache cache;

  @BeforeEach
  void setUp() {
    cache = feed.fresh();
    for (long id : new long[] {GUILD, OTHER_GUILD}) {
      GuildParts parts = new GuildParts(id, 1, 0);
      parts.roles += "," + role(id + 1, "Mod", 8192, 1);
      parts.channels = channel(id + 2, 0, 2, 0);
      parts.members = member(1, "owner");
      feed.send("GUILD_CREATE", guild(parts));
    }
  }

  private void add(long guildId, long userId, String name, long... roles) {
    String member = member(userId, name, roles);
    feed.send(
        "GUILD_MEMBER_ADD",
        member.substring(0, member.length() - 1) + ",\"guild_id\":\"" + guildId + "\"}");
  }

  private void remove(long guildId, long userId) {
    feed.send(
        "GUILD_MEMBER_REMOVE",
        "{\"guild_id\":\"%d\",\"user\":%s}".formatted(guildId, user(userId, "gone")));
  }

  private static String memberUpdate(long guildId, long userId, String name, String nick) {
    return """
    {"guild_id":"%d","roles":%s,"user":%s,"nick":"%s","avatar":null,"joined_at":"%s",\
    "deaf":true,"mute":false,"communication_disabled_until":null}\
    """
        .formatted(guildId, ids(guildId + 1), user(userId, name), nick, TIME);
  }

  @Test
  void memberAddUpdateAndRemove() {
    add(GUILD, 10, "ann");
    CachedMember.Standard added =
        (CachedMember.Standard) cache.member(Id.of(GUILD), Id.of(10)).orElseThrow();
    assertThat(added.roleIds()).isEmpty();
    assertThat(added.joinedAt()).contains(java.time.Instant.parse("2026-11-01T10:00:00Z"));

    feed.send("GUILD_MEMBER_UPDATE", memberUpdate(GUILD, 10, "ann2", "Annie"));
    CachedMember.Standard updated =
        (CachedMember.Standard) cache.member(Id.of(GUILD), Id.of(10)).orElseThrow();
    assertThat(updated.nick()).isEqualTo("Annie");
    assertThat(updated.roleIds()).containsExactly(MOD);
    assertThat(updated.deaf()).isTrue();
    assertThat(updated.mute()).isFalse();
    assertThat(((CachedUser.Standard) cache.user(Id.of(10)).orElseThrow()).username())
        .as("the update's user data replaces the cached user")
        .isEqualTo("ann2");
    assertThat(cache.userGuildCount(Id.of(10))).as("an update is not a second guild").isEqualTo(1);

    remove(GUILD, 10);
    assertThat(cache.member(Id.of(GUILD), Id.of(10))).isEmpty();
    assertThat(cache.user(Id.of(10))).isEmpty();
  }

  @Test
  void anUpdateBeforeTheMemberIsCachedCachesTheMember() {
    feed.send("GUILD_MEMBER_UPDATE", memberUpdate(GUILD, 11, "bob", "Bobby"));
    CachedMember.Standard member =
        (CachedMember.Standard) cache.member(Id.of(GUILD), Id.of(11)).orElseThrow();
    assertThat(member.nick()).isEqualTo("Bobby");
    assertThat(cache.userGuildCount(Id.of(11))).isEqualTo(1);

    add(GUILD, 11, "bob");
    assertThat(cache.userGuildCount(Id.of(11)))
        .as("the late add is not a second guild")
        .isEqualTo(1);
  }

  @Test
  void eventsOfAGuildNotCachedAreIgnoredAndRemovingAnUnknownMemberIsHarmless() {
    feed.send("GUILD_MEMBER_UPDATE", memberUpdate(123, 12, "cat", "Cat"));
    add(123, 12, "cat");
    remove(GUILD, 99);
    assertThat(cache.user(Id.of(12))).isEmpty();
    assertThat(cache.stats().members()).isEqualTo(2);
  }

  @Test
  void aUserInSeveralGuildsIsKeptOnceUntilTheLastGuildLetsGo() {
    add(GUILD, 13, "dan");
    add(OTHER_GUILD, 13, "dan");
    assertThat(cache.userGuildCount(Id.of(13))).isEqualTo(2);
    assertThat(cache.stats().users()).as("the owner and dan").isEqualTo(2);

    remove(GUILD, 13);
    assertThat(cache.user(Id.of(13))).isPresent();
    assertThat(cache.userGuildCount(Id.of(13))).isEqualTo(1);
    feed.send("GUILD_DELETE", "{\"id\":\"%d\"}".formatted(OTHER_GUILD));
    assertThat(cache.user(Id.of(13))).isEmpty();
    assertThat(cache.userGuildCount(Id.of(1))).as("the owner is still in the first").isEqualTo(1);
  }

  @Test
  void chunksCacheMembersAndPresences() {
    feed.send(
        "GUILD_MEMBERS_CHUNK",
        """
        {"guild_id":"%d","members":[%s,%s],"chunk_index":0,"chunk_count":1,\
        "presences":[%s],"nonce":"n"}\
        """
            .formatted(
                GUILD, member(20, "eve"), member(21, "fay", MOD), presence(20, GUILD, "idle")));
    assertThat(cache.members(Id.of(GUILD))).hasSize(3);
    assertThat(cache.member(Id.of(GUILD), Id.of(21)).orElseThrow().roleIds()).containsExactly(MOD);
    CachedPresence.Standard presence =
        (CachedPresence.Standard) cache.presence(Id.of(GUILD), Id.of(20)).orElseThrow();
    assertThat(presence.status()).isEqualTo(Status.IDLE);
    assertThat(presence.activities()).singleElement().extracting(a -> a.name()).isEqualTo("chess");
  }

  @Test
  void presencesAreKeptWhileNotOfflineAndUpdateTheUser() {
    add(GUILD, 22, "gus");
    feed.send("PRESENCE_UPDATE", presence(22, GUILD, "online"));
    assertThat(cache.presences(Id.of(GUILD))).hasSize(1);
    assertThat(
            ((CachedPresence.Standard) cache.presence(Id.of(GUILD), Id.of(22)).orElseThrow())
                .desktop())
        .isEqualTo(Status.ONLINE);

    feed.send(
        "PRESENCE_UPDATE",
        """
        {"user":{"id":"22","username":"gus2","global_name":"Gus"},"guild_id":"%d",\
        "status":"offline","activities":[],"client_status":{}}\
        """
            .formatted(GUILD));
    assertThat(cache.presence(Id.of(GUILD), Id.of(22))).as("offline is not kept").isEmpty();
    CachedUser.Standard user = (CachedUser.Standard) cache.user(Id.of(22)).orElseThrow();
    assertThat(user.username()).isEqualTo("gus2");
    assertThat(user.displayName()).isEqualTo("Gus");

    feed.send("PRESENCE_UPDATE", presence(23, GUILD, "dnd"));
    assertThat(cache.presence(Id.of(GUILD), Id.of(23)))
        .as("a presence without a cached member is kept")
        .isPresent();
    assertThat(cache.user(Id.of(23))).as("but makes no user").isEmpty();
  }

  @Test
  void voiceStatesFollowJoinMoveAndLeaveAndCacheTheirMember() {
    String join = voiceState(GUILD, VOICE, 24);
    feed.send(
        "VOICE_STATE_UPDATE",
        join.substring(0, join.length() - 1) + ",\"member\":" + member(24, "hal", MOD) + "}");
    CachedVoiceState.Standard state =
        (CachedVoiceState.Standard) cache.voiceState(Id.of(GUILD), Id.of(24)).orElseThrow();
    assertThat(state.channelId()).isEqualTo(VOICE);
    assertThat(state.has(CachedVoiceState.Standard.SELF_MUTE)).isTrue();
    assertThat(cache.member(Id.of(GUILD), Id.of(24))).isPresent();
    assertThat(cache.voiceChannelStates(Id.of(VOICE))).hasSize(1);

    feed.send("VOICE_STATE_UPDATE", voiceState(GUILD, VOICE + 100, 24));
    assertThat(cache.voiceChannelStates(Id.of(VOICE))).isEmpty();
    assertThat(cache.voiceState(Id.of(GUILD), Id.of(24)).orElseThrow().channelId())
        .isEqualTo(VOICE + 100);

    feed.send("VOICE_STATE_UPDATE", voiceState(GUILD, 0, 24));
    assertThat(cache.voiceState(Id.of(GUILD), Id.of(24))).isEmpty();
  }

  @Test
  void leavingDropsTheMembersPresenceAndVoiceState() {
    add(GUILD, 25, "ivy");
    feed.send("PRESENCE_UPDATE", presence(25, GUILD, "online"));
    feed.send("VOICE_STATE_UPDATE", voiceState(GUILD, VOICE, 25));
    remove(GUILD, 25);
    assertThat(cache.presence(Id.of(GUILD), Id.of(25))).isEmpty();
    assertThat(cache.voiceState(Id.of(GUILD), Id.of(25))).isEmpty();
  }

  @Test
  void anInteractionCachesItsMember() {
    feed.send(
        "INTERACTION_CREATE",
        """
        {"id":"900","application_id":"1","type":3,"data":{"custom_id":"b","component_type":2},\
        "guild_id":"%d","channel_id":"%d","member":%s,"token":"t","version":1,\
        "app_permissions":"0","entitlements":[],"authorizing_integration_owners":{},\
        "attachment_size_limit":1}\
        """
            .formatted(GUILD, VOICE, member(26, "jay", MOD)));
    assertThat(cache.member(Id.of(GUILD), Id.of(26)).orElseThrow().roleIds()).containsExactly(MOD);
    assertThat(cache.user(Id.of(26))).isPresent();
  }
}
