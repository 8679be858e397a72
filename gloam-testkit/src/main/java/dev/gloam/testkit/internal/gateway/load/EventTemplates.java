package dev.gloam.testkit.internal.gateway.load;

import dev.gloam.testkit.LoadEvent;
import dev.gloam.testkit.internal.gateway.PreparedDispatch;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.world.DiscordTime;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the events of a load run from byte templates, with the world's real guild, channel and
 * member ids and fresh message ids, in the shapes of {@code events/gateway-events.mdx}. Only ids,
 * times and a few chosen strings change from one event to the next, so building one is a handful of
 * array copies. Not thread-safe: one run, one thread.
 */
final class EventTemplates {

  /** One generated event, as sessions with and without MESSAGE_CONTENT see it. */
  record Built(LoadEvent type, PreparedDispatch withContent, PreparedDispatch withoutContent) {}

  private static final List<String> CONTENTS =
      List.of(
          "hello everyone",
          "anyone up for a game tonight?",
          "lol",
          "brb",
          "the build is green again 🎉",
          "did you see the patch notes?",
          "gg",
          "can someone review my PR? it's a small one, I promise",
          "good morning ☕",
          "I'll be late for the meeting, start without me");
  private static final List<String> EMOJIS = List.of("👍", "❤️", "😂", "🎉", "👀");
  private static final String[] STATUSES = {"online", "idle", "dnd", "online", "offline"};
  private static final byte[][] STATUS_BYTES =
      java.util.Arrays.stream(STATUSES).map(JsonBytes::ascii).toArray(byte[][]::new);
  private static final int RECENT_MESSAGES = 64;

  private static final byte[] MESSAGE_CREATE = PreparedDispatch.typePrefix("MESSAGE_CREATE");
  private static final byte[] TYPING_START = PreparedDispatch.typePrefix("TYPING_START");
  private static final byte[] PRESENCE_UPDATE = PreparedDispatch.typePrefix("PRESENCE_UPDATE");
  private static final byte[] REACTION_ADD = PreparedDispatch.typePrefix("MESSAGE_REACTION_ADD");
  private static final byte[] MEMBER_UPDATE = PreparedDispatch.typePrefix("GUILD_MEMBER_UPDATE");

  private final LoadWorld world;
  private final SnowflakeGenerator ids;
  private final SplittableRandom random;
  private final JsonBytes out = new JsonBytes();
  private final byte[][] contents;
  private final byte[][] emojis;
  private final byte[] channelAndContentStart;
  private final byte[] messageMiddle;
  private final byte[] messageGuildPart;
  private final byte[] typingStart;
  private final byte[] presenceGuildPart;
  private final byte[] reactionChannelPart;
  private final long[] recentIds = new long[RECENT_MESSAGES];
  private final long[] recentAuthors = new long[RECENT_MESSAGES];
  private int recentCount;
  private int recentNext;
  private long timestampMillis = -1;
  private byte[] timestamp;

  EventTemplates(LoadWorld world, SnowflakeGenerator ids, long seed) {
    this.world = world;
    this.ids = ids;
    this.random = new SplittableRandom(seed);
    this.contents = CONTENTS.stream().map(EventTemplates::jsonString).toArray(byte[][]::new);
    this.emojis = EMOJIS.stream().map(EventTemplates::jsonString).toArray(byte[][]::new);
    String guild = Json.id(world.guildId());
    String channel = Json.id(world.channelId());
    this.channelAndContentStart =
        JsonBytes.ascii("{\"type\":0,\"channel_id\":\"" + channel + "\",\"content\":");
    this.messageMiddle =
        JsonBytes.ascii(
            ",\"attachments\":[],\"embeds\":[],\"edited_timestamp\":null,\"flags\":0,"
                + "\"components\":[],\"mentions\":[],\"mention_roles\":[],\"pinned\":false,"
                + "\"mention_everyone\":false,\"tts\":false,\"timestamp\":");
    this.messageGuildPart = JsonBytes.ascii(",\"guild_id\":\"" + guild + "\",\"member\":");
    this.typingStart =
        JsonBytes.ascii(
            "{\"channel_id\":\"" + channel + "\",\"guild_id\":\"" + guild + "\",\"user_id\":");
    this.presenceGuildPart = JsonBytes.ascii("},\"guild_id\":\"" + guild + "\",\"status\":\"");
    this.reactionChannelPart =
        JsonBytes.ascii(
            ",\"channel_id\":\"" + channel + "\",\"guild_id\":\"" + guild + "\",\"message_id\":");
    world.newestMessage().ifPresent(m -> remember(m.id(), m.authorId()));
  }

  /** Tells whether reactions have a message to point at. */
  boolean hasMessage() {
    return recentCount > 0;
  }

  /** Builds the next event of a type. */
  Built next(LoadEvent type) {
    LoadWorld.Person person = world.people().get(random.nextInt(world.people().size()));
    return switch (type) {
      case MESSAGE_CREATE -> message(person);
      case TYPING_START -> same(type, typing(person));
      case PRESENCE_UPDATE -> same(type, presence(person));
      case MESSAGE_REACTION_ADD -> same(type, reaction(person));
      case GUILD_MEMBER_UPDATE ->
          same(
              type,
              out.reset()
                  .raw(MEMBER_UPDATE)
                  .raw(person.memberUpdates().get(random.nextInt(LoadWorld.NICKNAMES.size())))
                  .toArray());
    };
  }

  private static Built same(LoadEvent type, byte[] typeAndData) {
    PreparedDispatch dispatch = new PreparedDispatch(typeAndData);
    return new Built(type, dispatch, dispatch);
  }

  private Built message(LoadWorld.Person author) {
    long id = ids.next();
    remember(id, author.userId());
    byte[] content = contents[random.nextInt(contents.length)];
    byte[] time = timestampOf(id);
    byte[] full = messageWithContent(id, author, content, time);
    // Humans write these without mentioning the bot, so a session without MESSAGE_CONTENT gets
    // the content blanked ("Message Content Intent" in events/gateway.mdx).
    byte[] blank = messageWithContent(id, author, EMPTY_STRING, time);
    return new Built(
        LoadEvent.MESSAGE_CREATE, new PreparedDispatch(full), new PreparedDispatch(blank));
  }

  private static final byte[] EMPTY_STRING = JsonBytes.ascii("\"\"");
  private static final byte[] ID_KEY = JsonBytes.ascii(",\"id\":");
  private static final byte[] AUTHOR_KEY = JsonBytes.ascii(",\"author\":");
  private static final byte[] MESSAGE_END = JsonBytes.ascii(",\"channel_type\":0}");

  private byte[] messageWithContent(long id, LoadWorld.Person author, byte[] content, byte[] time) {
    return out.reset()
        .raw(MESSAGE_CREATE)
        .raw(channelAndContentStart)
        .raw(content)
        .raw(messageMiddle)
        .raw(time)
        .raw(ID_KEY)
        .id(id)
        .raw(AUTHOR_KEY)
        .raw(author.user())
        .raw(messageGuildPart)
        .raw(author.partialMember())
        .raw(MESSAGE_END)
        .toArray();
  }

  private static final byte[] TIMESTAMP_KEY = JsonBytes.ascii(",\"timestamp\":");
  private static final byte[] MEMBER_KEY = JsonBytes.ascii(",\"member\":");
  private static final byte[] OBJECT_END = JsonBytes.ascii("}");

  private byte[] typing(LoadWorld.Person person) {
    return out.reset()
        .raw(TYPING_START)
        .raw(typingStart)
        .id(person.userId())
        .raw(TIMESTAMP_KEY)
        .number(System.currentTimeMillis() / 1000)
        .raw(MEMBER_KEY)
        .raw(person.member())
        .raw(OBJECT_END)
        .toArray();
  }

  private static final byte[] PRESENCE_USER = JsonBytes.ascii("{\"user\":{\"id\":");
  private static final byte[] ACTIVITIES_KEY = JsonBytes.ascii("\",\"activities\":[");
  private static final byte[] CUSTOM_STATUS =
      JsonBytes.ascii(
          "{\"name\":\"Custom Status\",\"type\":4,\"state\":\"shipping it\",\"created_at\":");
  private static final byte[] GAME =
      JsonBytes.ascii("{\"name\":\"Minecraft\",\"type\":0,\"created_at\":");
  private static final byte[] CLIENT_STATUS_KEY = JsonBytes.ascii("],\"client_status\":{");
  private static final byte[] DESKTOP = JsonBytes.ascii("\"desktop\":\"");
  private static final byte[] QUOTE = JsonBytes.ascii("\"");
  private static final byte[] PRESENCE_END = JsonBytes.ascii("}}");

  private byte[] presence(LoadWorld.Person person) {
    int pick = random.nextInt(STATUSES.length);
    byte[] status = STATUS_BYTES[pick];
    boolean online = !STATUSES[pick].equals("offline");
    out.reset()
        .raw(PRESENCE_UPDATE)
        .raw(PRESENCE_USER)
        .id(person.userId())
        .raw(presenceGuildPart)
        .raw(status)
        .raw(ACTIVITIES_KEY);
    if (online) {
      // Offline users show no activity and no client status.
      out.raw(random.nextBoolean() ? CUSTOM_STATUS : GAME)
          .number(System.currentTimeMillis())
          .raw(OBJECT_END);
    }
    out.raw(CLIENT_STATUS_KEY);
    if (online) {
      out.raw(DESKTOP).raw(status).raw(QUOTE);
    }
    return out.raw(PRESENCE_END).toArray();
  }

  private static final byte[] REACTION_START = JsonBytes.ascii("{\"type\":0,\"user_id\":");
  private static final byte[] EMOJI_KEY = JsonBytes.ascii(",\"emoji\":{\"id\":null,\"name\":");
  private static final byte[] AUTHOR_ID_KEY = JsonBytes.ascii("},\"message_author_id\":");
  private static final byte[] REACTION_END =
      JsonBytes.ascii(",\"burst\":false,\"burst_colors\":[]}");

  private byte[] reaction(LoadWorld.Person person) {
    int pick = recentPick();
    return out.reset()
        .raw(REACTION_ADD)
        .raw(REACTION_START)
        .id(person.userId())
        .raw(reactionChannelPart)
        .id(recentIds[pick])
        .raw(MEMBER_KEY)
        .raw(person.member())
        .raw(EMOJI_KEY)
        .raw(emojis[random.nextInt(emojis.length)])
        .raw(AUTHOR_ID_KEY)
        .id(recentAuthors[pick])
        .raw(REACTION_END)
        .toArray();
  }

  private int recentPick() {
    if (recentCount == 0) {
      throw new IllegalStateException("no message to react to");
    }
    return random.nextInt(recentCount);
  }

  private void remember(long id, long authorId) {
    recentIds[recentNext] = id;
    recentAuthors[recentNext] = authorId;
    recentNext = (recentNext + 1) % RECENT_MESSAGES;
    recentCount = Math.min(recentCount + 1, RECENT_MESSAGES);
  }

  private byte[] timestampOf(long id) {
    long millis = SnowflakeGenerator.timestampOf(id).toEpochMilli();
    // Thousands of messages share a millisecond at full speed: format each millisecond once.
    if (millis != timestampMillis) {
      timestampMillis = millis;
      timestamp = jsonString(DiscordTime.format(SnowflakeGenerator.timestampOf(id)));
    }
    return timestamp;
  }

  private static byte[] jsonString(String text) {
    return JsonBytes.ascii(Json.write(JsonNodeFactory.instance.stringNode(text)));
  }
}
