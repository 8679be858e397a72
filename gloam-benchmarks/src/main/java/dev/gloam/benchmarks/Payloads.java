package dev.gloam.benchmarks;

import dev.gloam.model.json.ModelJson;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.core.JsonGenerator;

/**
 * Builds the gateway payloads the benchmarks parse, deterministically: the same seed gives the same
 * bytes on every run and every machine. Field names and shapes follow Discord's gateway, guild and
 * message documentation; values are made up but of realistic sizes.
 *
 * <p>Each payload is a full dispatch ({@code op} 0) with {@code t}, {@code s} and {@code d}, in the
 * order Discord sends them ({@code t} and {@code s} first, then {@code op}, then {@code d}).
 */
public final class Payloads {
  /** Members in the large GUILD_CREATE and in the GUILD_MEMBERS_CHUNK. */
  public static final int MEMBERS = 1000;

  /** Roles in the large GUILD_CREATE. */
  public static final int ROLES = 200;

  /** Channels in the large GUILD_CREATE. */
  public static final int CHANNELS = 100;

  /** Presences in the large GUILD_CREATE: the members that are online. */
  public static final int PRESENCES = 400;

  private static final long GUILD_ID = 1_100_000_000_000_000_001L;
  private static final long USER_BASE = 1_200_000_000_000_000_000L;
  private static final long ROLE_BASE = 1_300_000_000_000_000_000L;
  private static final long CHANNEL_BASE = 1_400_000_000_000_000_000L;
  private static final long EMOJI_BASE = 1_500_000_000_000_000_000L;
  private static final long APPLICATION_ID = 1_600_000_000_000_000_001L;
  private static final Instant EPOCH = Instant.parse("2021-03-14T15:09:26.535000+00:00");
  private static final String[] STATUSES = {"online", "idle", "dnd"};
  private static final String[] WORDS = {
    "gloam", "shard", "dusk", "lantern", "heron", "copper", "quiet", "harbor", "ember", "willow",
    "signal", "orbit", "marble", "fable", "thistle", "cinder", "meadow", "pixel", "raven", "tide"
  };

  private Payloads() {}

  /**
   * The payloads, by the event name in their {@code t}.
   *
   * @param name one of {@code MESSAGE_CREATE}, {@code GUILD_CREATE}, {@code GUILD_MEMBERS_CHUNK},
   *     {@code PRESENCE_UPDATE}
   * @return the payload's UTF-8 JSON
   * @throws IllegalArgumentException for any other name
   */
  public static byte[] of(String name) {
    return switch (name) {
      case "MESSAGE_CREATE" -> messageCreate();
      case "GUILD_CREATE" -> guildCreate();
      case "GUILD_MEMBERS_CHUNK" -> guildMembersChunk();
      case "PRESENCE_UPDATE" -> presenceUpdate();
      default -> throw new IllegalArgumentException("no payload named " + name);
    };
  }

  /**
   * A MESSAGE_CREATE in a guild: a reply-less message with user and role mentions, the author's
   * member, an attachment and two rich embeds.
   *
   * @return the payload's UTF-8 JSON
   */
  public static byte[] messageCreate() {
    SplittableRandom random = new SplittableRandom(1);
    return dispatch(
        "MESSAGE_CREATE",
        42,
        g -> {
          g.writeStringProperty("id", id(1_700_000_000_000_000_001L));
          g.writeStringProperty("channel_id", id(CHANNEL_BASE + 3));
          g.writeStringProperty("guild_id", id(GUILD_ID));
          g.writeName("author");
          user(g, random, 7);
          g.writeObjectPropertyStart("member");
          memberBody(g, random, 7, false);
          g.writeEndObject();
          g.writeStringProperty(
              "content",
              "<@"
                  + id(USER_BASE + 11)
                  + "> <@"
                  + id(USER_BASE + 12)
                  + "> the deploy of "
                  + sentence(random, 12)
                  + " is done, see <#"
                  + id(CHANNEL_BASE + 4)
                  + "> and ping <@&"
                  + id(ROLE_BASE + 5)
                  + "> if anything looks off \u2728");
          g.writeStringProperty("timestamp", time(86_400_000));
          g.writeNullProperty("edited_timestamp");
          g.writeBooleanProperty("tts", false);
          g.writeBooleanProperty("mention_everyone", false);
          g.writeArrayPropertyStart("mentions");
          for (int u : new int[] {11, 12}) {
            g.writeStartObject();
            userFields(g, random, u);
            g.writeObjectPropertyStart("member");
            memberBody(g, random, u, false);
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("mention_roles");
          g.writeString(id(ROLE_BASE + 5));
          g.writeEndArray();
          g.writeArrayPropertyStart("attachments");
          g.writeStartObject();
          g.writeStringProperty("id", id(1_800_000_000_000_000_001L));
          g.writeStringProperty("filename", "deploy-log.txt");
          g.writeStringProperty("content_type", "text/plain; charset=utf-8");
          g.writeNumberProperty("size", 48_213);
          g.writeStringProperty(
              "url",
              "https://cdn.discordapp.com/attachments/"
                  + id(CHANNEL_BASE + 3)
                  + "/1800000000000000001/deploy-log.txt?ex=6a1b2c3d&is=6a19dabd&hm=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0&");
          g.writeStringProperty(
              "proxy_url",
              "https://media.discordapp.net/attachments/"
                  + id(CHANNEL_BASE + 3)
                  + "/1800000000000000001/deploy-log.txt?ex=6a1b2c3d&is=6a19dabd&hm=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0&");
          g.writeNumberProperty("flags", 0);
          g.writeEndObject();
          g.writeEndArray();
          g.writeArrayPropertyStart("embeds");
          for (int e = 0; e < 2; e++) {
            embed(g, random, e);
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("components");
          g.writeEndArray();
          g.writeStringProperty("nonce", "1700000000000000000");
          g.writeBooleanProperty("pinned", false);
          g.writeNumberProperty("flags", 0);
          g.writeNumberProperty("type", 0);
        });
  }

  /**
   * A GUILD_CREATE of a large guild: {@value #MEMBERS} members with their users, {@value #ROLES}
   * roles, {@value #CHANNELS} channels, {@value #PRESENCES} presences, emojis, voice states and
   * threads.
   *
   * @return the payload's UTF-8 JSON
   */
  public static byte[] guildCreate() {
    SplittableRandom random = new SplittableRandom(2);
    return dispatch(
        "GUILD_CREATE",
        3,
        g -> {
          g.writeStringProperty("id", id(GUILD_ID));
          g.writeStringProperty("name", "Gloam Lantern Society");
          g.writeStringProperty("icon", hash(random));
          g.writeNullProperty("splash");
          g.writeNullProperty("discovery_splash");
          g.writeStringProperty("owner_id", id(USER_BASE));
          g.writeStringProperty("region", "deprecated");
          g.writeStringProperty("afk_channel_id", id(CHANNEL_BASE + 99));
          g.writeNumberProperty("afk_timeout", 300);
          g.writeBooleanProperty("widget_enabled", false);
          g.writeNumberProperty("verification_level", 2);
          g.writeNumberProperty("default_message_notifications", 1);
          g.writeNumberProperty("explicit_content_filter", 2);
          g.writeArrayPropertyStart("roles");
          for (int r = 0; r < ROLES; r++) {
            role(g, random, r);
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("emojis");
          for (int e = 0; e < 50; e++) {
            g.writeStartObject();
            g.writeStringProperty("id", id(EMOJI_BASE + e));
            g.writeStringProperty("name", WORDS[e % WORDS.length] + e);
            g.writeArrayPropertyStart("roles");
            g.writeEndArray();
            g.writeBooleanProperty("require_colons", true);
            g.writeBooleanProperty("managed", false);
            g.writeBooleanProperty("animated", e % 5 == 0);
            g.writeBooleanProperty("available", true);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("features");
          for (String feature :
              new String[] {
                "COMMUNITY", "NEWS", "INVITE_SPLASH", "ANIMATED_ICON", "ROLE_ICONS", "BANNER"
              }) {
            g.writeString(feature);
          }
          g.writeEndArray();
          g.writeNumberProperty("mfa_level", 1);
          g.writeNullProperty("application_id");
          g.writeStringProperty("system_channel_id", id(CHANNEL_BASE));
          g.writeNumberProperty("system_channel_flags", 0);
          g.writeStringProperty("rules_channel_id", id(CHANNEL_BASE + 1));
          g.writeNullProperty("max_presences");
          g.writeNumberProperty("max_members", 500_000);
          g.writeNullProperty("vanity_url_code");
          g.writeStringProperty(
              "description", "A place for people who build " + sentence(random, 6));
          g.writeStringProperty("banner", hash(random));
          g.writeNumberProperty("premium_tier", 2);
          g.writeNumberProperty("premium_subscription_count", 9);
          g.writeStringProperty("preferred_locale", "en-US");
          g.writeStringProperty("public_updates_channel_id", id(CHANNEL_BASE + 2));
          g.writeNumberProperty("max_video_channel_users", 25);
          g.writeNumberProperty("max_stage_video_channel_users", 50);
          g.writeNumberProperty("nsfw_level", 0);
          g.writeArrayPropertyStart("stickers");
          g.writeEndArray();
          g.writeBooleanProperty("premium_progress_bar_enabled", true);
          g.writeNullProperty("safety_alerts_channel_id");
          g.writeNullProperty("incidents_data");
          // The fields only GUILD_CREATE carries.
          g.writeStringProperty("joined_at", time(1_000));
          g.writeBooleanProperty("large", true);
          g.writeBooleanProperty("unavailable", false);
          g.writeNumberProperty("member_count", 15_734);
          g.writeArrayPropertyStart("voice_states");
          for (int v = 0; v < 10; v++) {
            g.writeStartObject();
            g.writeStringProperty("channel_id", id(CHANNEL_BASE + 90 + v % 3));
            g.writeStringProperty("user_id", id(USER_BASE + v * 7));
            g.writeStringProperty("session_id", hash(random));
            g.writeBooleanProperty("deaf", false);
            g.writeBooleanProperty("mute", false);
            g.writeBooleanProperty("self_deaf", v % 4 == 0);
            g.writeBooleanProperty("self_mute", v % 2 == 0);
            g.writeBooleanProperty("self_video", false);
            g.writeBooleanProperty("suppress", false);
            g.writeNullProperty("request_to_speak_timestamp");
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("members");
          for (int m = 0; m < MEMBERS; m++) {
            member(g, random, m);
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("channels");
          for (int c = 0; c < CHANNELS; c++) {
            channel(g, random, c);
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("threads");
          for (int t = 0; t < 5; t++) {
            thread(g, random, t);
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("presences");
          for (int p = 0; p < PRESENCES; p++) {
            g.writeStartObject();
            presenceBody(g, random, p * 2, false);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("stage_instances");
          g.writeEndArray();
          g.writeArrayPropertyStart("guild_scheduled_events");
          g.writeEndArray();
          g.writeArrayPropertyStart("soundboard_sounds");
          g.writeEndArray();
        });
  }

  /**
   * A GUILD_MEMBERS_CHUNK with {@value #MEMBERS} members, as sent in answer to a Request Guild
   * Members command without presences.
   *
   * @return the payload's UTF-8 JSON
   */
  public static byte[] guildMembersChunk() {
    SplittableRandom random = new SplittableRandom(3);
    return dispatch(
        "GUILD_MEMBERS_CHUNK",
        7,
        g -> {
          g.writeStringProperty("guild_id", id(GUILD_ID));
          g.writeArrayPropertyStart("members");
          for (int m = 0; m < MEMBERS; m++) {
            member(g, random, 2000 + m);
          }
          g.writeEndArray();
          g.writeNumberProperty("chunk_index", 2);
          g.writeNumberProperty("chunk_count", 16);
          g.writeStringProperty("nonce", "members-2");
        });
  }

  /**
   * A PRESENCE_UPDATE with three activities: a custom status, a game with party, assets and
   * buttons, and music.
   *
   * @return the payload's UTF-8 JSON
   */
  public static byte[] presenceUpdate() {
    SplittableRandom random = new SplittableRandom(4);
    return dispatch("PRESENCE_UPDATE", 1_024, g -> presenceBody(g, random, 5, true));
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g);
  }

  private static byte[] dispatch(String type, long sequence, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = ModelJson.mapper().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("t", type);
      g.writeNumberProperty("s", sequence);
      g.writeNumberProperty("op", 0);
      g.writeObjectPropertyStart("d");
      body.write(g);
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void user(JsonGenerator g, SplittableRandom random, int n) {
    g.writeStartObject();
    userFields(g, random, n);
    g.writeEndObject();
  }

  private static void userFields(JsonGenerator g, SplittableRandom random, int n) {
    String name = WORDS[n % WORDS.length] + "_" + WORDS[(n / WORDS.length) % WORDS.length] + n;
    g.writeStringProperty("id", id(USER_BASE + n));
    g.writeStringProperty("username", name);
    g.writeStringProperty("discriminator", "0");
    if (n % 3 == 0) {
      g.writeNullProperty("global_name");
    } else {
      g.writeStringProperty("global_name", capitalize(name));
    }
    if (n % 5 == 0) {
      g.writeNullProperty("avatar");
    } else {
      g.writeStringProperty("avatar", (n % 7 == 0 ? "a_" : "") + hash(random));
    }
    g.writeNumberProperty("public_flags", n % 11 == 0 ? 64 : 0);
    g.writeNullProperty("avatar_decoration_data");
    g.writeNullProperty("collectibles");
    g.writeNullProperty("primary_guild");
    if (n % 97 == 0) {
      g.writeBooleanProperty("bot", true);
    }
  }

  private static void member(JsonGenerator g, SplittableRandom random, int n) {
    g.writeStartObject();
    g.writeName("user");
    user(g, random, n);
    memberBody(g, random, n, true);
    g.writeEndObject();
  }

  private static void memberBody(JsonGenerator g, SplittableRandom random, int n, boolean full) {
    if (n % 4 == 0) {
      g.writeStringProperty("nick", capitalize(WORDS[random.nextInt(WORDS.length)]) + n);
    } else {
      g.writeNullProperty("nick");
    }
    g.writeNullProperty("avatar");
    g.writeNullProperty("banner");
    g.writeArrayPropertyStart("roles");
    int roles = random.nextInt(6);
    int first = random.nextInt(ROLES - 1);
    for (int r = 0; r < roles; r++) {
      g.writeString(id(ROLE_BASE + 1 + (first + r * 37) % (ROLES - 1)));
    }
    g.writeEndArray();
    g.writeStringProperty("joined_at", time(random.nextLong(1_000_000_000L) * 60));
    if (n % 10 == 0) {
      g.writeStringProperty("premium_since", time(random.nextLong(1_000_000_000L) * 60));
    } else {
      g.writeNullProperty("premium_since");
    }
    g.writeBooleanProperty("deaf", false);
    g.writeBooleanProperty("mute", false);
    g.writeNumberProperty("flags", n % 8 == 0 ? 2 : 0);
    g.writeBooleanProperty("pending", false);
    g.writeNullProperty("communication_disabled_until");
    if (full) {
      g.writeNullProperty("avatar_decoration_data");
    }
  }

  private static void role(JsonGenerator g, SplittableRandom random, int r) {
    int color = r == 0 ? 0 : random.nextInt(0x1000000);
    g.writeStartObject();
    g.writeStringProperty("id", id(r == 0 ? GUILD_ID : ROLE_BASE + r));
    g.writeStringProperty("name", r == 0 ? "@everyone" : capitalize(WORDS[r % WORDS.length]) + r);
    g.writeNumberProperty("color", color);
    g.writeObjectPropertyStart("colors");
    g.writeNumberProperty("primary_color", color);
    g.writeNullProperty("secondary_color");
    g.writeNullProperty("tertiary_color");
    g.writeEndObject();
    g.writeBooleanProperty("hoist", r % 10 == 1);
    g.writeNullProperty("icon");
    g.writeNullProperty("unicode_emoji");
    g.writeNumberProperty("position", r);
    g.writeStringProperty(
        "permissions", Long.toString(r == 0 ? 1_071_698_660_929L : random.nextLong(1L << 50)));
    g.writeBooleanProperty("managed", r % 50 == 7);
    g.writeBooleanProperty("mentionable", r % 3 == 0);
    if (r % 50 == 7) {
      g.writeObjectPropertyStart("tags");
      g.writeStringProperty("bot_id", id(USER_BASE + r));
      g.writeEndObject();
    }
    g.writeNumberProperty("flags", 0);
    g.writeEndObject();
  }

  private static void channel(JsonGenerator g, SplittableRandom random, int c) {
    // Every tenth is a category; the last ones are voice channels; the rest are text channels.
    int type = c % 10 == 0 ? 4 : c >= 90 ? 2 : 0;
    g.writeStartObject();
    g.writeStringProperty("id", id(CHANNEL_BASE + c));
    g.writeNumberProperty("type", type);
    g.writeStringProperty("name", WORDS[c % WORDS.length] + "-" + c);
    g.writeNumberProperty("position", c % 10);
    g.writeNumberProperty("flags", 0);
    if (type != 4) {
      g.writeStringProperty("parent_id", id(CHANNEL_BASE + c / 10 * 10));
    }
    g.writeArrayPropertyStart("permission_overwrites");
    int overwrites = 1 + random.nextInt(3);
    for (int o = 0; o < overwrites; o++) {
      g.writeStartObject();
      g.writeStringProperty(
          "id", id(o == 0 ? GUILD_ID : ROLE_BASE + 1 + random.nextInt(ROLES - 1)));
      g.writeNumberProperty("type", 0);
      g.writeStringProperty("allow", Long.toString(random.nextLong(1L << 40)));
      g.writeStringProperty("deny", o == 0 ? "1024" : "0");
      g.writeEndObject();
    }
    g.writeEndArray();
    if (type == 2) {
      g.writeNumberProperty("bitrate", 64_000);
      g.writeNumberProperty("user_limit", 0);
      g.writeNullProperty("rtc_region");
      g.writeNumberProperty("rate_limit_per_user", 0);
      g.writeBooleanProperty("nsfw", false);
      g.writeNullProperty("last_message_id");
    } else if (type == 0) {
      g.writeStringProperty("topic", sentence(random, 8));
      g.writeBooleanProperty("nsfw", false);
      g.writeNumberProperty("rate_limit_per_user", c % 7 == 0 ? 10 : 0);
      g.writeStringProperty("last_message_id", id(1_700_000_000_000_000_000L + c * 1_000L));
      g.writeStringProperty("last_pin_timestamp", time(random.nextLong(1_000_000_000L) * 60));
      g.writeNumberProperty("default_auto_archive_duration", 1440);
    }
    g.writeEndObject();
  }

  private static void thread(JsonGenerator g, SplittableRandom random, int t) {
    g.writeStartObject();
    g.writeStringProperty("id", id(CHANNEL_BASE + 500 + t));
    g.writeNumberProperty("type", 11);
    g.writeStringProperty("guild_id", id(GUILD_ID));
    g.writeStringProperty("parent_id", id(CHANNEL_BASE + 3));
    g.writeStringProperty("owner_id", id(USER_BASE + t * 13));
    g.writeStringProperty("name", sentence(random, 4));
    g.writeStringProperty("last_message_id", id(1_700_000_000_000_100_000L + t));
    g.writeNumberProperty("rate_limit_per_user", 0);
    g.writeNumberProperty("flags", 0);
    g.writeNumberProperty("message_count", 10 + t);
    g.writeNumberProperty("member_count", 3 + t);
    g.writeNumberProperty("total_message_sent", 12 + t);
    g.writeObjectPropertyStart("thread_metadata");
    g.writeBooleanProperty("archived", false);
    g.writeNumberProperty("auto_archive_duration", 1440);
    g.writeStringProperty("archive_timestamp", time(random.nextLong(1_000_000_000L) * 60));
    g.writeBooleanProperty("locked", false);
    g.writeStringProperty("create_timestamp", time(random.nextLong(1_000_000_000L) * 60));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void presenceBody(
      JsonGenerator g, SplittableRandom random, int n, boolean manyActivities) {
    String status = STATUSES[n % STATUSES.length];
    g.writeObjectPropertyStart("user");
    g.writeStringProperty("id", id(USER_BASE + n));
    g.writeEndObject();
    g.writeStringProperty("guild_id", id(GUILD_ID));
    g.writeStringProperty("status", status);
    g.writeArrayPropertyStart("activities");
    if (manyActivities || n % 3 == 0) {
      customStatus(g, random, n);
    }
    if (manyActivities || n % 4 == 0) {
      game(g, random, n);
    }
    if (manyActivities || n % 9 == 0) {
      music(g, random, n);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("client_status");
    g.writeStringProperty("desktop", status);
    if (n % 2 == 0) {
      g.writeStringProperty("mobile", status);
    }
    g.writeEndObject();
  }

  private static void customStatus(JsonGenerator g, SplittableRandom random, int n) {
    g.writeStartObject();
    g.writeStringProperty("id", "custom");
    g.writeStringProperty("name", "Custom Status");
    g.writeNumberProperty("type", 4);
    g.writeStringProperty("state", sentence(random, 5));
    g.writeObjectPropertyStart("emoji");
    g.writeStringProperty("name", "\uD83C\uDF19");
    g.writeEndObject();
    g.writeNumberProperty("created_at", EPOCH.toEpochMilli() + n * 1_000L);
    g.writeEndObject();
  }

  private static void game(JsonGenerator g, SplittableRandom random, int n) {
    long start = EPOCH.toEpochMilli() + n * 60_000L;
    g.writeStartObject();
    g.writeStringProperty("id", Long.toHexString(random.nextLong()));
    g.writeStringProperty("name", "Lantern Keeper");
    g.writeNumberProperty("type", 0);
    g.writeStringProperty("application_id", id(APPLICATION_ID));
    g.writeStringProperty("details", "Ranked: " + capitalize(WORDS[n % WORDS.length]) + " Harbor");
    g.writeStringProperty("state", "In a group");
    g.writeObjectPropertyStart("timestamps");
    g.writeNumberProperty("start", start);
    g.writeEndObject();
    g.writeObjectPropertyStart("party");
    g.writeStringProperty("id", "party-" + n);
    g.writeArrayPropertyStart("size");
    g.writeNumber(2);
    g.writeNumber(4);
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectPropertyStart("assets");
    g.writeStringProperty("large_image", id(APPLICATION_ID + 10));
    g.writeStringProperty("large_text", "Harbor map");
    g.writeStringProperty("small_image", id(APPLICATION_ID + 11));
    g.writeStringProperty("small_text", "Level 42");
    g.writeEndObject();
    g.writeArrayPropertyStart("buttons");
    g.writeString("Watch");
    g.writeString("Join");
    g.writeEndArray();
    g.writeNumberProperty("flags", 3);
    g.writeNumberProperty("created_at", start + 5_000);
    g.writeEndObject();
  }

  private static void music(JsonGenerator g, SplittableRandom random, int n) {
    long start = EPOCH.toEpochMilli() + n * 30_000L;
    g.writeStartObject();
    g.writeStringProperty("id", "spotify:1");
    g.writeStringProperty("name", "Spotify");
    g.writeNumberProperty("type", 2);
    g.writeStringProperty("sync_id", Long.toHexString(random.nextLong()));
    g.writeStringProperty("session_id", hash(random));
    g.writeStringProperty("party_id", "spotify:" + id(USER_BASE + n));
    g.writeStringProperty("details", capitalize(sentence(random, 3)));
    g.writeStringProperty("state", capitalize(WORDS[n % WORDS.length]) + " Quartet");
    g.writeObjectPropertyStart("timestamps");
    g.writeNumberProperty("start", start);
    g.writeNumberProperty("end", start + 214_000);
    g.writeEndObject();
    g.writeObjectPropertyStart("assets");
    g.writeStringProperty(
        "large_image", "spotify:ab67616d0000b273" + hash(random).substring(0, 24));
    g.writeStringProperty("large_text", capitalize(sentence(random, 2)));
    g.writeEndObject();
    g.writeNumberProperty("flags", 48);
    g.writeNumberProperty("created_at", start + 1_000);
    g.writeEndObject();
  }

  private static void embed(JsonGenerator g, SplittableRandom random, int e) {
    g.writeStartObject();
    g.writeStringProperty("type", "rich");
    g.writeStringProperty("title", "Deploy #" + (1200 + e) + ": " + sentence(random, 4));
    g.writeStringProperty("description", sentence(random, 40));
    g.writeStringProperty("url", "https://ci.gloam.dev/runs/" + (90_000 + e));
    g.writeStringProperty("timestamp", time(86_400_000 + e));
    g.writeNumberProperty("color", 0x5865F2 + e);
    g.writeObjectPropertyStart("footer");
    g.writeStringProperty("text", "gloam ci \u00b7 runner " + e);
    g.writeStringProperty("icon_url", "https://ci.gloam.dev/icon.png");
    g.writeStringProperty(
        "proxy_icon_url", "https://images-ext-1.discordapp.net/external/x/icon.png");
    g.writeEndObject();
    g.writeObjectPropertyStart("thumbnail");
    g.writeStringProperty("url", "https://ci.gloam.dev/badge-" + e + ".png");
    g.writeStringProperty("proxy_url", "https://images-ext-1.discordapp.net/external/y/badge.png");
    g.writeNumberProperty("width", 128);
    g.writeNumberProperty("height", 128);
    g.writeNumberProperty("flags", 0);
    g.writeEndObject();
    g.writeObjectPropertyStart("author");
    g.writeStringProperty("name", "release-bot");
    g.writeStringProperty("url", "https://ci.gloam.dev");
    g.writeStringProperty("icon_url", "https://ci.gloam.dev/bot.png");
    g.writeStringProperty(
        "proxy_icon_url", "https://images-ext-2.discordapp.net/external/z/bot.png");
    g.writeEndObject();
    g.writeArrayPropertyStart("fields");
    for (int f = 0; f < 5; f++) {
      g.writeStartObject();
      g.writeStringProperty("name", capitalize(WORDS[(e * 5 + f) % WORDS.length]));
      g.writeStringProperty("value", sentence(random, 6));
      g.writeBooleanProperty("inline", f < 3);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String id(long snowflake) {
    return Long.toString(snowflake);
  }

  private static String time(long millisAfterEpoch) {
    // Discord writes ISO 8601 with microseconds and an explicit offset.
    Instant t = EPOCH.plusMillis(millisAfterEpoch);
    String text = t.toString();
    String base = text.substring(0, 19);
    int millis = t.getNano() / 1_000_000;
    return base + String.format(Locale.ROOT, ".%03d000+00:00", millis);
  }

  private static String hash(SplittableRandom random) {
    return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
