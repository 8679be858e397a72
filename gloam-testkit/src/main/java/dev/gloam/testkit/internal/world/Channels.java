package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** The channel types of {@code resources/channel.mdx} and the objects new channels start as. */
public final class Channels {

  /** A text channel. */
  public static final int GUILD_TEXT = 0;

  /** A voice channel. */
  public static final int GUILD_VOICE = 2;

  /** A category. */
  public static final int GUILD_CATEGORY = 4;

  /** An announcement channel. */
  public static final int GUILD_ANNOUNCEMENT = 5;

  /** A thread of an announcement channel. */
  public static final int ANNOUNCEMENT_THREAD = 10;

  /** A public thread. */
  public static final int PUBLIC_THREAD = 11;

  /** A private thread. */
  public static final int PRIVATE_THREAD = 12;

  /** A stage channel. */
  public static final int GUILD_STAGE_VOICE = 13;

  /** A forum channel. */
  public static final int GUILD_FORUM = 15;

  /** A media channel. */
  public static final int GUILD_MEDIA = 16;

  private Channels() {}

  /**
   * Tells whether a type is a thread type.
   *
   * @param type the channel type
   * @return true for 10, 11 and 12
   */
  public static boolean isThread(int type) {
    return type == ANNOUNCEMENT_THREAD || type == PUBLIC_THREAD || type == PRIVATE_THREAD;
  }

  /**
   * Tells whether messages can be sent in a channel of a type.
   *
   * @param type the channel type
   * @return true for text, voice, announcement, stage and thread channels
   */
  public static boolean isMessageable(int type) {
    return type == GUILD_TEXT
        || type == GUILD_VOICE
        || type == GUILD_ANNOUNCEMENT
        || type == GUILD_STAGE_VOICE
        || isThread(type);
  }

  /**
   * A new guild channel that is not a thread, as Get Channel returns it.
   *
   * @param id the snowflake
   * @param guildId the guild
   * @param type the channel type
   * @param name the name
   * @param position the sorting position
   * @return a new JSON object
   */
  public static ObjectNode newChannel(long id, long guildId, int type, String name, int position) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    json.put("type", type);
    json.put("guild_id", Json.id(guildId));
    json.put("name", name);
    json.put("position", position);
    json.putArray("permission_overwrites");
    json.put("nsfw", false);
    json.putNull("parent_id");
    json.put("flags", 0);
    if (type == GUILD_VOICE || type == GUILD_STAGE_VOICE) {
      json.put("bitrate", 64_000);
      json.put("user_limit", 0);
      json.putNull("rtc_region");
    }
    if (type != GUILD_CATEGORY) {
      json.putNull("last_message_id");
      json.put("rate_limit_per_user", 0);
    }
    if (type == GUILD_TEXT || type == GUILD_ANNOUNCEMENT || type == GUILD_FORUM) {
      json.putNull("topic");
      json.putNull("last_pin_timestamp");
    }
    return json;
  }
}
