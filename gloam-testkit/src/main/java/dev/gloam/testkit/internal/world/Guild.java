package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one guild of the offline Discord.
 *
 * @param id the guild's snowflake, also the id of its {@code @everyone} role
 * @param name the guild name
 * @param ownerId the user who owns the guild
 * @param systemChannelId where Discord would post welcome messages, or 0 for none
 */
public record Guild(long id, String name, long ownerId, long systemChannelId) {

  /**
   * Renders the guild object as REST returns it.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    json.put("name", name);
    json.putNull("icon");
    json.putNull("icon_hash");
    json.putNull("splash");
    json.putNull("discovery_splash");
    json.put("owner_id", Json.id(ownerId));
    json.putNull("afk_channel_id");
    json.put("afk_timeout", 300);
    json.put("widget_enabled", false);
    json.putNull("widget_channel_id");
    json.put("verification_level", 0);
    json.put("default_message_notifications", 0);
    json.put("explicit_content_filter", 0);
    json.set("roles", Json.array().add(everyoneRoleJson()));
    json.putArray("emojis");
    json.putArray("features");
    json.put("mfa_level", 0);
    json.putNull("application_id");
    if (systemChannelId == 0) {
      json.putNull("system_channel_id");
    } else {
      json.put("system_channel_id", Json.id(systemChannelId));
    }
    json.put("system_channel_flags", 0);
    json.putNull("rules_channel_id");
    json.putNull("max_presences");
    json.put("max_members", 500_000);
    json.putNull("vanity_url_code");
    json.putNull("description");
    json.putNull("banner");
    json.put("premium_tier", 0);
    json.put("premium_subscription_count", 0);
    json.put("preferred_locale", "en-US");
    json.putNull("public_updates_channel_id");
    json.put("max_video_channel_users", 25);
    json.put("max_stage_video_channel_users", 50);
    json.put("nsfw_level", 0);
    json.putArray("stickers");
    json.put("premium_progress_bar_enabled", false);
    json.putNull("safety_alerts_channel_id");
    json.putNull("incidents_data");
    return json;
  }

  /**
   * Renders the guild as GUILD_CREATE sends it: the guild object plus the gateway-only fields.
   *
   * @param botMember the bot's membership, whose join time becomes {@code joined_at}
   * @param members every member of the guild
   * @param channels the guild's channels, already rendered
   * @return a new JSON object
   */
  public ObjectNode toGuildCreateJson(Member botMember, List<Member> members, ArrayNode channels) {
    ObjectNode json = toJson();
    json.put("joined_at", DiscordTime.format(botMember.joinedAt()));
    json.put("large", false);
    json.put("unavailable", false);
    json.put("member_count", members.size());
    json.putArray("voice_states");
    ArrayNode memberArray = json.putArray("members");
    members.forEach(member -> memberArray.add(member.toJson()));
    json.set("channels", channels);
    json.putArray("threads");
    json.putArray("presences");
    json.putArray("stage_instances");
    json.putArray("guild_scheduled_events");
    json.putArray("soundboard_sounds");
    return json;
  }

  private ObjectNode everyoneRoleJson() {
    ObjectNode role = Json.object();
    role.put("id", Json.id(id));
    role.put("name", "@everyone");
    role.put("description", (String) null);
    role.put("color", 0);
    ObjectNode colors = role.putObject("colors");
    colors.put("primary_color", 0);
    colors.putNull("secondary_color");
    colors.putNull("tertiary_color");
    role.put("hoist", false);
    role.putNull("icon");
    role.putNull("unicode_emoji");
    role.put("position", 0);
    role.put("permissions", Long.toString(Permissions.EVERYONE_DEFAULT));
    role.put("managed", false);
    role.put("mentionable", false);
    role.put("flags", 0);
    return role;
  }
}
