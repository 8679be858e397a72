package dev.gloam.cache.inmemory;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The JSON of gateway dispatch data the cache tests script, with every field Discord always sends
 * and the rest left out.
 */
final class Payloads {
  static final String TIME = "2026-11-01T10:00:00.000000+00:00";

  private Payloads() {}

  static String user(long id, String name) {
    return """
    {"id":"%d","username":"%s","discriminator":"0","global_name":null,"avatar":null}\
    """
        .formatted(id, name);
  }

  static String member(long userId, String name, long... roles) {
    return """
    {"user":%s,"nick":null,"roles":%s,"joined_at":"%s","deaf":false,"mute":false,"flags":0}\
    """
        .formatted(user(userId, name), ids(roles), TIME);
  }

  static String timedOutMember(long userId, String name, String until, long... roles) {
    return """
    {"user":%s,"roles":%s,"joined_at":"%s","deaf":false,"mute":false,"flags":0,\
    "communication_disabled_until":"%s"}\
    """
        .formatted(user(userId, name), ids(roles), TIME, until);
  }

  static String role(long id, String name, long permissions, int position) {
    return """
    {"id":"%d","name":"%s","color":0,"colors":{"primary_color":0,"secondary_color":null,\
    "tertiary_color":null},"hoist":false,"position":%d,"permissions":"%d","managed":false,\
    "mentionable":false,"flags":0}\
    """
        .formatted(id, name, position, permissions);
  }

  static String overwrite(long id, int type, long allow, long deny) {
    return """
    {"id":"%d","type":%d,"allow":"%d","deny":"%d"}\
    """
        .formatted(id, type, allow, deny);
  }

  /** A guild channel as GUILD_CREATE lists it (without guild_id) or as CHANNEL_* sends it. */
  static String channel(long id, long guildId, int type, long parentId, String... overwrites) {
    return """
    {"id":"%d","type":%d,%s"name":"channel-%d","position":0,%s"permission_overwrites":[%s]}\
    """
        .formatted(
            id,
            type,
            guildId == 0 ? "" : "\"guild_id\":\"" + guildId + "\",",
            id,
            parentId == 0 ? "" : "\"parent_id\":\"" + parentId + "\",",
            String.join(",", overwrites));
  }

  static String thread(long id, long guildId, long parentId, int type) {
    return """
    {"id":"%d","type":%d,"guild_id":"%d","parent_id":"%d","name":"thread-%d","owner_id":"1",\
    "thread_metadata":{"archived":false,"auto_archive_duration":1440,\
    "archive_timestamp":"%s","locked":false}}\
    """
        .formatted(id, type, guildId, parentId, id, TIME);
  }

  static String emoji(long id, String name) {
    return """
    {"id":"%d","name":"%s","roles":[],"require_colons":true,"managed":false,"animated":false,\
    "available":true}\
    """
        .formatted(id, name);
  }

  static String sticker(long id, long guildId, String name) {
    return """
    {"id":"%d","name":"%s","description":null,"tags":"smile","type":2,"format_type":1,\
    "available":true,"guild_id":"%d"}\
    """
        .formatted(id, name, guildId);
  }

  static String presence(long userId, long guildId, String status) {
    return """
    {"user":{"id":"%d"},"guild_id":"%d","status":"%s","activities":[{"name":"chess",\
    "type":0,"created_at":1}],"client_status":{"desktop":"%s"}}\
    """
        .formatted(userId, guildId, status, status);
  }

  static String voiceState(long guildId, long channelId, long userId) {
    return """
    {"guild_id":"%d","channel_id":%s,"user_id":"%d","session_id":"s%d","deaf":false,\
    "mute":false,"self_deaf":false,"self_mute":true,"self_video":false,"suppress":false,\
    "request_to_speak_timestamp":null}\
    """
        .formatted(guildId, channelId == 0 ? "null" : "\"" + channelId + "\"", userId, userId);
  }

  static String stage(long id, long guildId, long channelId, String topic) {
    return """
    {"id":"%d","guild_id":"%d","channel_id":"%d","topic":"%s","privacy_level":2,\
    "discoverable_disabled":false,"guild_scheduled_event_id":null}\
    """
        .formatted(id, guildId, channelId, topic);
  }

  static String scheduledEvent(long id, long guildId, String name, int userCount) {
    return """
    {"id":"%d","guild_id":"%d","channel_id":null,"creator_id":"1","name":"%s",\
    "scheduled_start_time":"%s","scheduled_end_time":"2026-11-02T10:00:00.000000+00:00",\
    "privacy_level":2,"status":1,"entity_type":3,"entity_id":null,\
    "entity_metadata":{"location":"park"},"user_count":%d,"image":null,\
    "recurrence_rule":null}\
    """
        .formatted(id, guildId, name, TIME, userCount);
  }

  static String integration(long id, long guildId, String name) {
    return """
    {"id":"%d","guild_id":"%d","name":"%s","type":"discord","enabled":true,\
    "account":{"id":"7","name":"bot"}}\
    """
        .formatted(id, guildId, name);
  }

  static String sound(long id, long guildId, String name) {
    return """
    {"name":"%s","sound_id":"%d","volume":1.0,"emoji_id":null,"emoji_name":"🎺",\
    "guild_id":"%d","available":true}\
    """
        .formatted(name, id, guildId);
  }

  static String message(long id, long channelId, long guildId, long authorId, String content) {
    return """
    {"id":"%d","channel_id":"%d",%s"author":%s,"content":"%s","timestamp":"%s",\
    "edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],\
    "mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0}\
    """
        .formatted(
            id,
            channelId,
            guildId == 0 ? "" : "\"guild_id\":\"" + guildId + "\",",
            user(authorId, "author" + authorId),
            content,
            TIME);
  }

  static String reaction(long userId, long channelId, long messageId, long guildId, String emoji) {
    return """
    {"user_id":"%d","channel_id":"%d","message_id":"%d","guild_id":"%d",\
    "emoji":{"id":null,"name":"%s"},"burst":false,"type":0}\
    """
        .formatted(userId, channelId, messageId, guildId, emoji);
  }

  /** A whole guild as GUILD_CREATE sends it; each part is a JSON array's inside. */
  static String guild(GuildParts parts) {
    return """
    {"id":"%d","name":"%s","icon":null,"splash":null,"discovery_splash":null,\
    "owner_id":"%d","afk_channel_id":null,"afk_timeout":300,"verification_level":0,\
    "default_message_notifications":0,"explicit_content_filter":0,"roles":[%s],\
    "emojis":[%s],"features":[],"mfa_level":0,"application_id":null,\
    "system_channel_id":null,"system_channel_flags":0,"rules_channel_id":null,\
    "vanity_url_code":null,"description":null,"banner":null,"premium_tier":0,\
    "preferred_locale":"en-US","public_updates_channel_id":null,"nsfw_level":0,\
    "premium_progress_bar_enabled":false,"safety_alerts_channel_id":null,\
    "incidents_data":null,"stickers":[%s],"joined_at":"%s","large":false,\
    "unavailable":false,"member_count":%d,"members":[%s],"channels":[%s],"threads":[%s],\
    "voice_states":[%s],"presences":[%s],"stage_instances":[%s],\
    "guild_scheduled_events":[%s],"soundboard_sounds":[%s]}\
    """
        .formatted(
            parts.id,
            parts.name,
            parts.ownerId,
            parts.roles,
            parts.emojis,
            parts.stickers,
            TIME,
            parts.memberCount,
            parts.members,
            parts.channels,
            parts.threads,
            parts.voiceStates,
            parts.presences,
            parts.stages,
            parts.scheduledEvents,
            parts.sounds);
  }

  /** The parts of a scripted guild, each the inside of a JSON array. */
  static final class GuildParts {
    long id;
    String name = "guild";
    long ownerId;
    String roles = "";
    String emojis = "";
    String stickers = "";
    int memberCount;
    String members = "";
    String channels = "";
    String threads = "";
    String voiceStates = "";
    String presences = "";
    String stages = "";
    String scheduledEvents = "";
    String sounds = "";

    GuildParts(long id, long ownerId, long everyonePermissions) {
      this.id = id;
      this.ownerId = ownerId;
      this.roles = role(id, "@everyone", everyonePermissions, 0);
    }
  }

  static String ids(long... ids) {
    return Arrays.stream(ids)
        .mapToObj(id -> "\"" + id + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  static String join(LongStream ids, java.util.function.LongFunction<String> each) {
    return ids.mapToObj(each).collect(Collectors.joining(","));
  }
}
