package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the JSON params of Create Guild Channel and Modify Channel (guild channel) to a channel
 * object ({@code resources/guild.mdx} and {@code resources/channel.mdx}): each field only where its
 * "Channel Type" column allows it, parents that must be categories of the same guild, and
 * permission overwrites that only grant what the bot may grant.
 */
final class ChannelEdits {

  private static final Set<Integer> TOPIC =
      Set.of(
          Channels.GUILD_TEXT,
          Channels.GUILD_ANNOUNCEMENT,
          Channels.GUILD_FORUM,
          Channels.GUILD_MEDIA);
  private static final Set<Integer> VOICE =
      Set.of(Channels.GUILD_VOICE, Channels.GUILD_STAGE_VOICE);
  private static final Set<Integer> SLOWMODE =
      Set.of(
          Channels.GUILD_TEXT,
          Channels.GUILD_VOICE,
          Channels.GUILD_STAGE_VOICE,
          Channels.GUILD_FORUM,
          Channels.GUILD_MEDIA);
  private static final Set<Integer> FORUM_LIKE = Set.of(Channels.GUILD_FORUM, Channels.GUILD_MEDIA);

  private ChannelEdits() {}

  /**
   * Applies the body's fields to a channel.
   *
   * @param world the world, for ids of new forum tags
   * @param guild the channel's guild
   * @param channel the channel object to change in place; its {@code type} is already final
   * @param body the request body
   * @param errors where semantic validation failures go
   */
  static void apply(
      World world, Guild guild, ObjectNode channel, ObjectNode body, FormErrors errors) {
    int type = channel.path("type").asInt();
    long channelId = Long.parseUnsignedLong(channel.get("id").stringValue());
    if (body.hasNonNull("name")) {
      String name = body.get("name").asString();
      // Text and announcement channel names are lower case without spaces, as Discord stores them.
      if (type == Channels.GUILD_TEXT || type == Channels.GUILD_ANNOUNCEMENT) {
        name = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
      }
      channel.put("name", name);
    }
    if (body.hasNonNull("position")) {
      channel.put("position", body.get("position").asInt());
    }
    if (body.has("parent_id") && type != Channels.GUILD_CATEGORY) {
      Optional<Long> parent = Json.readId(body.get("parent_id"));
      if (parent.isEmpty()) {
        channel.putNull("parent_id");
      } else if (guild
          .channels()
          .get(parent.get())
          .filter(p -> p.path("type").asInt() == Channels.GUILD_CATEGORY)
          .filter(p -> parent.get() != channelId)
          .isEmpty()) {
        errors.add("parent_id", "CHANNEL_PARENT_INVALID", "Category does not exist");
      } else {
        channel.put("parent_id", Json.id(parent.get()));
      }
    }
    copyIf(body, channel, "nsfw", type != Channels.GUILD_CATEGORY);
    copyIf(body, channel, "topic", TOPIC.contains(type));
    copyIf(body, channel, "rate_limit_per_user", SLOWMODE.contains(type));
    copyIf(body, channel, "default_auto_archive_duration", TOPIC.contains(type));
    copyIf(body, channel, "default_thread_rate_limit_per_user", TOPIC.contains(type));
    copyIf(body, channel, "rtc_region", VOICE.contains(type));
    copyIf(body, channel, "video_quality_mode", VOICE.contains(type));
    copyIf(body, channel, "user_limit", VOICE.contains(type));
    copyIf(body, channel, "default_reaction_emoji", FORUM_LIKE.contains(type));
    copyIf(body, channel, "default_sort_order", FORUM_LIKE.contains(type));
    copyIf(body, channel, "default_forum_layout", type == Channels.GUILD_FORUM);
    if (body.hasNonNull("flags")) {
      channel.put("flags", body.get("flags").asInt());
    }
    if (body.hasNonNull("bitrate") && VOICE.contains(type)) {
      int bitrate = body.get("bitrate").asInt();
      int max = type == Channels.GUILD_STAGE_VOICE ? 64_000 : maxVoiceBitrate(guild);
      if (bitrate < 8_000 || bitrate > max) {
        errors.add(
            "bitrate",
            "BASE_TYPE_BAD_INT",
            "int value should be greater than or equal to 8000 and less than or equal to "
                + max
                + ".");
      } else {
        channel.put("bitrate", bitrate);
      }
    }
    if (body.hasNonNull("user_limit") && type == Channels.GUILD_VOICE) {
      if (body.get("user_limit").asInt() > 99) {
        errors.add(
            "user_limit", "NUMBER_TYPE_MAX", "int value should be less than or equal to 99.");
      }
    }
    if (body.hasNonNull("available_tags") && FORUM_LIKE.contains(type)) {
      ArrayNode tags = Json.array();
      for (JsonNode tag : body.get("available_tags")) {
        ObjectNode stored = tags.addObject();
        long id = Json.readId(tag.get("id")).orElseGet(world::nextId);
        stored.put("id", Json.id(id));
        stored.put("name", tag.path("name").asString(""));
        stored.put("moderated", tag.path("moderated").asBoolean(false));
        copyOrNull(tag, stored, "emoji_id");
        copyOrNull(tag, stored, "emoji_name");
      }
      channel.set("available_tags", tags);
    }
  }

  /**
   * Checks and normalizes permission overwrites (resources/channel.mdx, "Overwrite Object"): each
   * target must exist, and the bot may only allow or deny permissions it has in the guild;
   * MANAGE_ROLES only if it is an administrator.
   *
   * @param world the world
   * @param guild the guild
   * @param overwrites the requested overwrites
   * @param errors where unknown targets go
   * @return the overwrites as Discord stores them
   * @throws ApiError 403 Missing Permissions if the bot lacks MANAGE_ROLES or a permission it sets
   */
  static ArrayNode overwrites(World world, Guild guild, JsonNode overwrites, FormErrors errors) {
    ArrayNode stored = Json.array();
    if (overwrites == null || overwrites.isNull()) {
      return stored;
    }
    if (!overwrites.isEmpty()) {
      Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
    }
    for (int i = 0; i < overwrites.size(); i++) {
      JsonNode overwrite = overwrites.get(i);
      Optional<Long> id = Json.readId(overwrite.get("id"));
      int type = overwrite.path("type").asInt(0);
      long allow = bits(overwrite.get("allow"));
      long deny = bits(overwrite.get("deny"));
      if (id.isEmpty() || !targetExists(world, guild, id.get(), type)) {
        errors.add(
            "permission_overwrites." + i + ".id",
            type == 0 ? "UNKNOWN_ROLE" : "UNKNOWN_USER",
            type == 0 ? "Unknown Role" : "Unknown User");
        continue;
      }
      requireGrantable(world, guild, allow | deny);
      ObjectNode entry = stored.addObject();
      entry.put("id", Json.id(id.get()));
      entry.put("type", type);
      entry.put("allow", Long.toUnsignedString(allow));
      entry.put("deny", Long.toUnsignedString(deny));
    }
    return stored;
  }

  /**
   * Requires that the bot may allow or deny every bit in an overwrite.
   *
   * @param world the world
   * @param guild the guild
   * @param bits the bits allowed or denied
   * @throws ApiError 403 Missing Permissions
   */
  static void requireGrantable(World world, Guild guild, long bits) {
    long bot = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    boolean administrator = (bot & Permissions.ADMINISTRATOR) != 0;
    if ((bits & ~bot) != 0 || (!administrator && (bits & Permissions.MANAGE_ROLES) != 0)) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
  }

  /**
   * Tells whether an overwrite's target exists: a role of the guild, or a known user.
   *
   * @param world the world
   * @param guild the guild
   * @param id the role or user id
   * @param type 0 for a role, 1 for a member
   * @return true if it exists
   */
  static boolean targetExists(World world, Guild guild, long id, int type) {
    return type == 0 ? guild.roles().contains(id) : world.user(id).isPresent();
  }

  /**
   * Reads a permission bit set sent as a string; null or missing is {@code "0"}.
   *
   * @param node the value
   * @return the bits
   */
  static long bits(JsonNode node) {
    if (node == null || node.isNull()) {
      return 0;
    }
    try {
      return Long.parseUnsignedLong(node.asString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int maxVoiceBitrate(Guild guild) {
    return switch (guild.settings().path("premium_tier").asInt()) {
      case 1 -> 128_000;
      case 2 -> 256_000;
      case 3 -> 384_000;
      default -> 96_000;
    };
  }

  private static void copyOrNull(JsonNode from, ObjectNode to, String field) {
    JsonNode value = from.get(field);
    if (value == null || value.isNull()) {
      to.putNull(field);
    } else {
      to.set(field, value.deepCopy());
    }
  }

  private static void copyIf(ObjectNode body, ObjectNode channel, String field, boolean applies) {
    if (applies && body.has(field)) {
      channel.set(field, body.get(field).deepCopy());
    }
  }
}
