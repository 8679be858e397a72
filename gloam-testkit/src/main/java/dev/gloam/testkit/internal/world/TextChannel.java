package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A guild text channel.
 *
 * @param id the channel's snowflake
 * @param guildId the guild it belongs to
 * @param name the channel name, without {@code #}
 * @param position its sorting position
 */
public record TextChannel(long id, long guildId, String name, int position) {

  /** The channel type of a guild text channel. */
  public static final int TYPE_GUILD_TEXT = 0;

  /**
   * Renders the channel object as GUILD_CREATE lists it, which leaves out {@code guild_id}.
   *
   * @param lastMessageId the newest message in the channel, or null if there is none
   * @return a new JSON object
   */
  public ObjectNode toGuildCreateJson(Long lastMessageId) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    json.put("type", TYPE_GUILD_TEXT);
    json.put("name", name);
    json.put("position", position);
    json.putArray("permission_overwrites");
    json.putNull("topic");
    json.put("nsfw", false);
    if (lastMessageId == null) {
      json.putNull("last_message_id");
    } else {
      json.put("last_message_id", Json.id(lastMessageId));
    }
    json.put("rate_limit_per_user", 0);
    json.putNull("parent_id");
    json.putNull("last_pin_timestamp");
    json.put("flags", 0);
    return json;
  }

  /**
   * Renders the channel object as REST returns it.
   *
   * @param lastMessageId the newest message in the channel, or null if there is none
   * @return a new JSON object
   */
  public ObjectNode toJson(Long lastMessageId) {
    ObjectNode json = toGuildCreateJson(lastMessageId);
    json.put("guild_id", Json.id(guildId));
    return json;
  }
}
