package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.channel;
import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.message;
import static dev.gloam.cache.inmemory.Payloads.reaction;
import static dev.gloam.cache.inmemory.Payloads.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.cache.inmemory.form.CachedMessage;
import dev.gloam.cache.inmemory.form.CachedReaction;
import dev.gloam.model.id.Id;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages and reactions, scripted through a real shard from the testkit. */
class MessageEventsTest {
  static final long GUILD = 6_000_001;
  static final long TEXT = GUILD + 1;
  static final long BOT = 77;
  static final long DM = 6_500_000;
  @RegisterExtension static final ShardFeed feed = new ShardFeed();
  InMemoryCache cache;

  @BeforeEach
  void setUp() {
    cache = feed.fresh(InMemoryCache.builder().messagesPerChannel(3));
    feed.send("USER_UPDATE", user(BOT, "bot"));
    GuildParts parts = new GuildParts(GUILD, 1, 0);
    parts.members = member(1, "owner");
    parts.channels = channel(TEXT, 0, 0, 0);
    feed.send("GUILD_CREATE", guild(parts));
  }

  private void say(long id, long channelId, String content) {
    feed.send("MESSAGE_CREATE", message(id, channelId, channelId == TEXT ? GUILD : 0, 1, content));
  }

  private static String contentOf(CachedMessage message) {
    return ((CachedMessage.Standard) message).content();
  }

  @Test
  void eachChannelKeepsItsNewestMessagesUpToTheBound() {
    for (int i = 1; i <= 5; i++) {
      say(GUILD + 10 + i, TEXT, "m" + i);
    }
    say(DM + 1, DM, "direct");

    assertThat(cache.channelMessages(Id.of(TEXT)))
        .extracting(MessageEventsTest::contentOf)
        .containsExactly("m5", "m4", "m3");
    assertThat(cache.message(Id.of(GUILD + 11))).as("evicted").isEmpty();
    assertThat(cache.channelMessages(Id.of(DM))).hasSize(1);
    assertThat(cache.stats().messages()).isEqualTo(4);
  }

  @Test
  void aGuildMessageCachesItsAuthorsMember() {
    String message = message(GUILD + 20, TEXT, GUILD, 60, "hello");
    feed.send(
        "MESSAGE_CREATE",
        message.substring(0, message.length() - 1)
            + ",\"member\":{\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00Z\",\"deaf\":false,"
            + "\"mute\":false,\"flags\":0}}");
    assertThat(cache.member(Id.of(GUILD), Id.of(60))).isPresent();
    assertThat(cache.user(Id.of(60))).isPresent();
  }

  @Test
  void updatesEditCachedMessagesOnlyAndKeepTheirReactions() {
    say(GUILD + 30, TEXT, "before");
    feed.send("MESSAGE_REACTION_ADD", reaction(2, TEXT, GUILD + 30, GUILD, "👍"));
    feed.send("MESSAGE_UPDATE", message(GUILD + 30, TEXT, GUILD, 1, "after"));
    feed.send("MESSAGE_UPDATE", message(GUILD + 31, TEXT, GUILD, 1, "never cached"));

    CachedMessage edited = cache.message(Id.of(GUILD + 30)).orElseThrow();
    assertThat(contentOf(edited)).isEqualTo("after");
    assertThat(edited.reactions()).hasSize(1);
    assertThat(cache.message(Id.of(GUILD + 31))).isEmpty();
  }

  @Test
  void deletesAndBulkDeletes() {
    say(GUILD + 40, TEXT, "a");
    say(GUILD + 41, TEXT, "b");
    say(GUILD + 42, TEXT, "c");
    feed.send(
        "MESSAGE_DELETE",
        "{\"id\":\"%d\",\"channel_id\":\"%d\",\"guild_id\":\"%d\"}"
            .formatted(GUILD + 41, TEXT, GUILD));
    assertThat(cache.channelMessages(Id.of(TEXT)))
        .extracting(MessageEventsTest::contentOf)
        .containsExactly("c", "a");
    feed.send(
        "MESSAGE_DELETE_BULK",
        "{\"ids\":[\"%d\",\"%d\",\"1\"],\"channel_id\":\"%d\",\"guild_id\":\"%d\"}"
            .formatted(GUILD + 40, GUILD + 42, TEXT, GUILD));
    assertThat(cache.channelMessages(Id.of(TEXT))).isEmpty();
    assertThat(cache.stats().messages()).isZero();
  }

  @Test
  void reactionsAreCountedPerEmojiWithTheCurrentUsersOwn() {
    say(GUILD + 50, TEXT, "vote");
    long id = GUILD + 50;
    feed.send("MESSAGE_REACTION_ADD", reaction(2, TEXT, id, GUILD, "👍"));
    feed.send("MESSAGE_REACTION_ADD", reaction(BOT, TEXT, id, GUILD, "👍"));
    feed.send("MESSAGE_REACTION_ADD", reaction(3, TEXT, id, GUILD, "🎉"));
    assertThat(cache.message(Id.of(id)).orElseThrow().reactions())
        .containsExactly(
            new CachedReaction(0, "👍", false, 2, 0, true, false),
            new CachedReaction(0, "🎉", false, 1, 0, false, false));

    feed.send("MESSAGE_REACTION_REMOVE", reaction(BOT, TEXT, id, GUILD, "👍"));
    feed.send("MESSAGE_REACTION_REMOVE", reaction(3, TEXT, id, GUILD, "🎉"));
    assertThat(cache.message(Id.of(id)).orElseThrow().reactions())
        .containsExactly(new CachedReaction(0, "👍", false, 1, 0, false, false));

    feed.send("MESSAGE_REACTION_ADD", reaction(3, TEXT, id, GUILD, "🎉"));
    feed.send(
        "MESSAGE_REACTION_REMOVE_EMOJI",
        "{\"channel_id\":\"%d\",\"guild_id\":\"%d\",\"message_id\":\"%d\",\"emoji\":{\"id\":null,\"name\":\"👍\"}}"
            .formatted(TEXT, GUILD, id));
    assertThat(cache.message(Id.of(id)).orElseThrow().reactions())
        .extracting(CachedReaction::emojiName)
        .containsExactly("🎉");

    feed.send(
        "MESSAGE_REACTION_REMOVE_ALL",
        "{\"channel_id\":\"%d\",\"message_id\":\"%d\",\"guild_id\":\"%d\"}"
            .formatted(TEXT, id, GUILD));
    assertThat(cache.message(Id.of(id)).orElseThrow().reactions()).isEmpty();
  }

  @Test
  void reactionsOnMessagesNotCachedAreIgnored() {
    feed.send("MESSAGE_REACTION_ADD", reaction(2, TEXT, 424242, GUILD, "👍"));
    assertThat(cache.message(Id.of(424242))).isEmpty();
  }

  @Test
  void withoutTheReactionTypeMessagesKeepNoReactions() {
    cache = feed.fresh(InMemoryCache.builder().resourceTypes(ResourceType.MESSAGE));
    say(GUILD + 60, TEXT, "plain");
    feed.send("MESSAGE_REACTION_ADD", reaction(2, TEXT, GUILD + 60, GUILD, "👍"));
    assertThat(cache.message(Id.of(GUILD + 60)).orElseThrow().reactions()).isEmpty();
  }
}
