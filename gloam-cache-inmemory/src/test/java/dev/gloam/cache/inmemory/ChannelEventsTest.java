package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.TIME;
import static dev.gloam.cache.inmemory.Payloads.channel;
import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.message;
import static dev.gloam.cache.inmemory.Payloads.thread;
import static dev.gloam.cache.inmemory.Payloads.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.cache.inmemory.form.CachedChannel;
import dev.gloam.cache.inmemory.form.CachedThreadMember;
import dev.gloam.model.id.Id;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Channels, threads and thread members, scripted through a real shard from the testkit. */
class ChannelEventsTest {
  static final long GUILD = 7_000_001;
  static final long TEXT = GUILD + 1;
  static final long FORUM = GUILD + 2;
  static final long BOT = 77;
  @RegisterExtension static final ShardFeed feed = new ShardFeed();
  InMemoryCache cache;

  @BeforeEach
  void setUp() {
    cache = feed.fresh();
    feed.send("USER_UPDATE", user(BOT, "bot"));
    GuildParts parts = new GuildParts(GUILD, 1, 0);
    parts.members = member(1, "owner");
    parts.channels = channel(TEXT, 0, 0, 0) + "," + channel(FORUM, 0, 15, 0);
    feed.send("GUILD_CREATE", guild(parts));
  }

  private static String withMember(String thread, long userId) {
    return thread.substring(0, thread.length() - 1)
        + ",\"member\":{\"id\":\"%d\",\"user_id\":\"%d\",\"join_timestamp\":\"%s\",\"flags\":0}}"
            .formatted(idOf(thread), userId, TIME);
  }

  private static long idOf(String json) {
    return Long.parseLong(json.replaceAll("^\\{\"id\":\"(\\d+)\".*$", "$1"));
  }

  @Test
  void channelsAreCreatedUpdatedAndAnUpdateBeforeTheCreateCreatesIt() {
    feed.send("CHANNEL_CREATE", channel(GUILD + 3, GUILD, 2, 0));
    feed.send(
        "CHANNEL_UPDATE", channel(GUILD + 3, GUILD, 2, 0, Payloads.overwrite(GUILD, 0, 0, 1024)));
    feed.send("CHANNEL_UPDATE", channel(GUILD + 4, GUILD, 0, 0));

    CachedChannel voice = cache.channel(Id.of(GUILD + 3)).orElseThrow();
    assertThat(voice.permissionOverwrites()).hasSize(1);
    assertThat(voice.guildId()).isEqualTo(GUILD);
    assertThat(cache.channels(Id.of(GUILD))).hasSize(4);
  }

  @Test
  void deletingAChannelDropsItsThreadsAndMessages() {
    feed.send("THREAD_CREATE", thread(GUILD + 10, GUILD, TEXT, 11));
    feed.send("MESSAGE_CREATE", message(GUILD + 11, TEXT, GUILD, 1, "hi"));
    feed.send("MESSAGE_CREATE", message(GUILD + 12, GUILD + 10, GUILD, 1, "in thread"));
    feed.send("CHANNEL_DELETE", channel(TEXT, GUILD, 0, 0));

    assertThat(cache.channel(Id.of(TEXT))).isEmpty();
    assertThat(cache.channel(Id.of(GUILD + 10))).isEmpty();
    assertThat(cache.channels(Id.of(GUILD))).extracting(CachedChannel::id).containsExactly(FORUM);
    assertThat(cache.message(Id.of(GUILD + 11))).isEmpty();
    assertThat(cache.stats().messages()).isZero();
  }

  @Test
  void pinsUpdateSetsTheLastPinTime() {
    feed.send(
        "CHANNEL_PINS_UPDATE",
        "{\"guild_id\":\"%d\",\"channel_id\":\"%d\",\"last_pin_timestamp\":\"%s\"}"
            .formatted(GUILD, TEXT, TIME));
    var text = (CachedChannel.Standard) cache.channel(Id.of(TEXT)).orElseThrow();
    assertThat(text.lastPinTimestamp()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    assertThat(cache.channels(Id.of(GUILD))).contains(text);

    feed.send(
        "CHANNEL_PINS_UPDATE",
        "{\"guild_id\":\"%d\",\"channel_id\":\"%d\",\"last_pin_timestamp\":null}"
            .formatted(GUILD, TEXT));
    assertThat(
            ((CachedChannel.Standard) cache.channel(Id.of(TEXT)).orElseThrow()).lastPinTimestamp())
        .isNull();
  }

  @Test
  void threadsAreCreatedUpdatedAndDeletedWithTheirMembers() {
    feed.send("THREAD_CREATE", withMember(thread(GUILD + 20, GUILD, TEXT, 11), BOT));
    assertThat(cache.threadMembers(Id.of(GUILD + 20)))
        .extracting(CachedThreadMember::userId)
        .containsExactly(BOT);
    feed.send("THREAD_UPDATE", thread(GUILD + 20, GUILD, TEXT, 12));
    assertThat(cache.channel(Id.of(GUILD + 20)).orElseThrow().type().value()).isEqualTo(12);
    assertThat(cache.threadMembers(Id.of(GUILD + 20))).as("kept by an update").hasSize(1);

    feed.send(
        "THREAD_DELETE",
        "{\"id\":\"%d\",\"guild_id\":\"%d\",\"parent_id\":\"%d\",\"type\":12}"
            .formatted(GUILD + 20, GUILD, TEXT));
    assertThat(cache.channel(Id.of(GUILD + 20))).isEmpty();
    assertThat(cache.threadMembers(Id.of(GUILD + 20))).isEmpty();
  }

  @Test
  void threadListSyncReplacesTheThreadsOfTheSyncedParentsOnly() {
    feed.send("THREAD_CREATE", thread(GUILD + 30, GUILD, TEXT, 11));
    feed.send("THREAD_CREATE", thread(GUILD + 31, GUILD, FORUM, 11));
    feed.send(
        "THREAD_LIST_SYNC",
        """
        {"guild_id":"%d","channel_ids":["%d"],"threads":[%s],\
        "members":[{"id":"%d","user_id":"%d","join_timestamp":"%s","flags":1}]}\
        """
            .formatted(GUILD, TEXT, thread(GUILD + 32, GUILD, TEXT, 11), GUILD + 32, BOT, TIME));

    assertThat(cache.channel(Id.of(GUILD + 30))).as("synced away").isEmpty();
    assertThat(cache.channel(Id.of(GUILD + 31))).as("another parent's").isPresent();
    assertThat(cache.channel(Id.of(GUILD + 32))).isPresent();
    assertThat(cache.threadMembers(Id.of(GUILD + 32))).hasSize(1);

    feed.send(
        "THREAD_LIST_SYNC", "{\"guild_id\":\"%d\",\"threads\":[],\"members\":[]}".formatted(GUILD));
    assertThat(cache.channels(Id.of(GUILD)))
        .as("a sync of the whole guild")
        .extracting(CachedChannel::id)
        .containsExactlyInAnyOrder(TEXT, FORUM);
  }

  @Test
  void threadMemberEventsAddAndRemoveMembers() {
    feed.send("THREAD_CREATE", thread(GUILD + 40, GUILD, TEXT, 11));
    feed.send(
        "THREAD_MEMBER_UPDATE",
        "{\"id\":\"%d\",\"user_id\":\"%d\",\"join_timestamp\":\"%s\",\"flags\":2,\"guild_id\":\"%d\"}"
            .formatted(GUILD + 40, BOT, TIME, GUILD));
    feed.send(
        "THREAD_MEMBERS_UPDATE",
        """
        {"id":"%d","guild_id":"%d","member_count":3,"added_members":[\
        {"id":"%d","user_id":"50","join_timestamp":"%s","flags":0,"member":%s},\
        {"id":"%d","user_id":"51","join_timestamp":"%s","flags":0}]}\
        """
            .formatted(GUILD + 40, GUILD, GUILD + 40, TIME, member(50, "kim"), GUILD + 40, TIME));
    assertThat(cache.threadMembers(Id.of(GUILD + 40)))
        .extracting(CachedThreadMember::userId)
        .containsExactlyInAnyOrder(BOT, 50L, 51L);
    assertThat(cache.member(Id.of(GUILD), Id.of(50))).as("the added member's member").isPresent();

    feed.send(
        "THREAD_MEMBERS_UPDATE",
        "{\"id\":\"%d\",\"guild_id\":\"%d\",\"member_count\":1,\"removed_member_ids\":[\"50\",\"51\"]}"
            .formatted(GUILD + 40, GUILD));
    assertThat(cache.threadMembers(Id.of(GUILD + 40)))
        .extracting(CachedThreadMember::userId)
        .containsExactly(BOT);
    assertThat(cache.stats().threadMembers()).isEqualTo(1);
  }
}
