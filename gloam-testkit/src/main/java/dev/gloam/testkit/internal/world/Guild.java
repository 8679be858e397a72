package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One guild of the offline Discord and everything in it: its settings, channels and threads, roles,
 * members, expressions, moderation state and audit log. Each kind of resource is kept as the
 * objects Discord's API returns ({@link Documents}); members, which a large guild has 100,000 of,
 * as compact records.
 *
 * <p>Thread safe per collection. A route that reads, decides and writes holds {@link World#lock()}
 * so that the world and the events it dispatches tell one story.
 */
public final class Guild {

  private final long id;
  private volatile ObjectNode settings;
  private final long botRoleId;
  private final Map<Long, Member> members = new LinkedHashMap<>();
  private final Documents<Long> channels = new Documents<>();
  private final Documents<Long> roles = new Documents<>();
  private final Documents<Long> emojis = new Documents<>();
  private final Documents<Long> stickers = new Documents<>();
  private final Documents<Long> bans = new Documents<>();
  private final Documents<String> invites = new Documents<>();
  private final Documents<Long> webhooks = new Documents<>();
  private final Documents<Long> scheduledEvents = new Documents<>();
  private final Documents<Long> autoModerationRules = new Documents<>();
  private final Documents<Long> stageInstances = new Documents<>();
  private final Documents<Long> integrations = new Documents<>();
  private final Documents<Long> commands = new Documents<>();
  private final Documents<Long> commandPermissions = new Documents<>();
  private final Documents<Long> auditLog = new Documents<>();
  private final Map<Long, Documents<Long>> threadMembers = new ConcurrentHashMap<>();
  private final Map<Long, Documents<Long>> scheduledEventUsers = new ConcurrentHashMap<>();
  private final Documents<String> settingDocuments = new Documents<>();

  /**
   * Creates a guild with its {@code @everyone} role and the bot's managed role.
   *
   * @param id the guild's snowflake, also the id of its {@code @everyone} role
   * @param name the guild name
   * @param ownerId the user who owns the guild
   * @param botRoleId the snowflake of the bot's managed role
   * @param botId the bot user, named in the managed role's tags
   * @param botPermissions what the managed role grants
   */
  Guild(long id, String name, long ownerId, long botRoleId, long botId, long botPermissions) {
    this.id = id;
    this.botRoleId = botRoleId;
    this.settings = defaultSettings(id, name, ownerId);
    roles.put(id, Roles.newRole(id, "@everyone", Permissions.EVERYONE_DEFAULT, 0));
    ObjectNode botRole = Roles.newRole(botRoleId, "gloam-bot", botPermissions, 1);
    botRole.put("managed", true);
    botRole.putObject("tags").put("bot_id", Json.id(botId));
    roles.put(botRoleId, botRole);
  }

  /**
   * Returns the guild's snowflake.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the guild's name.
   *
   * @return the name
   */
  public String name() {
    return settings.get("name").stringValue();
  }

  /**
   * Returns the owner.
   *
   * @return the owner's user id
   */
  public long ownerId() {
    return Long.parseUnsignedLong(settings.get("owner_id").stringValue());
  }

  /**
   * Returns the id of the role Discord made for the bot when it joined.
   *
   * @return the managed role's snowflake
   */
  public long botRoleId() {
    return botRoleId;
  }

  /**
   * Returns the guild's own fields (name, owner, settings), without roles, emojis and stickers.
   *
   * @return a copy
   */
  public ObjectNode settings() {
    return settings.deepCopy();
  }

  /**
   * Replaces the guild's own fields, for Modify Guild.
   *
   * @param changed the new fields; a copy is kept
   */
  public void settings(ObjectNode changed) {
    this.settings = changed.deepCopy();
  }

  /**
   * The guild's channels and threads, as Get Channel returns them.
   *
   * @return the collection
   */
  public Documents<Long> channels() {
    return channels;
  }

  /**
   * The guild's roles, including {@code @everyone} (whose id is the guild's).
   *
   * @return the collection
   */
  public Documents<Long> roles() {
    return roles;
  }

  /**
   * The guild's custom emojis.
   *
   * @return the collection
   */
  public Documents<Long> emojis() {
    return emojis;
  }

  /**
   * The guild's stickers.
   *
   * @return the collection
   */
  public Documents<Long> stickers() {
    return stickers;
  }

  /**
   * The bans, by banned user id, as Get Guild Ban returns them.
   *
   * @return the collection
   */
  public Documents<Long> bans() {
    return bans;
  }

  /**
   * The invites to the guild's channels, by code.
   *
   * @return the collection
   */
  public Documents<String> invites() {
    return invites;
  }

  /**
   * The webhooks of the guild's channels, with their tokens.
   *
   * @return the collection
   */
  public Documents<Long> webhooks() {
    return webhooks;
  }

  /**
   * The scheduled events.
   *
   * @return the collection
   */
  public Documents<Long> scheduledEvents() {
    return scheduledEvents;
  }

  /**
   * The auto moderation rules.
   *
   * @return the collection
   */
  public Documents<Long> autoModerationRules() {
    return autoModerationRules;
  }

  /**
   * The live stage instances.
   *
   * @return the collection
   */
  public Documents<Long> stageInstances() {
    return stageInstances;
  }

  /**
   * The integrations (the bot's own, and any a test adds).
   *
   * @return the collection
   */
  public Documents<Long> integrations() {
    return integrations;
  }

  /**
   * The application's commands registered in this guild.
   *
   * @return the collection
   */
  public Documents<Long> commands() {
    return commands;
  }

  /**
   * The permission overwrites users set on the application's commands in this guild, by command id.
   *
   * @return the collection
   */
  public Documents<Long> commandPermissions() {
    return commandPermissions;
  }

  /**
   * The audit log entries, oldest first.
   *
   * @return the collection
   */
  public Documents<Long> auditLog() {
    return auditLog;
  }

  /**
   * Guild-level settings that the guild object does not carry, by name (for example the welcome
   * screen and the onboarding), as their own routes return them.
   *
   * @return the collection
   */
  public Documents<String> settingDocuments() {
    return settingDocuments;
  }

  /**
   * The members of a thread, by user id, as thread member objects.
   *
   * @param threadId the thread
   * @return the collection, created empty on first use
   */
  public Documents<Long> threadMembers(long threadId) {
    return threadMembers.computeIfAbsent(threadId, thread -> new Documents<>());
  }

  /**
   * Forgets the members of a deleted thread.
   *
   * @param threadId the thread
   */
  public void dropThreadMembers(long threadId) {
    threadMembers.remove(threadId);
  }

  /**
   * The users subscribed to a scheduled event, by user id, as guild scheduled event user objects.
   *
   * @param eventId the scheduled event
   * @return the collection, created empty on first use
   */
  public Documents<Long> scheduledEventUsers(long eventId) {
    return scheduledEventUsers.computeIfAbsent(eventId, event -> new Documents<>());
  }

  /**
   * Forgets the subscribers of a deleted scheduled event.
   *
   * @param eventId the scheduled event
   */
  public void dropScheduledEventUsers(long eventId) {
    scheduledEventUsers.remove(eventId);
  }

  /**
   * Finds a member.
   *
   * @param userId the user
   * @return the membership, if the user is in the guild
   */
  public Optional<Member> member(long userId) {
    synchronized (members) {
      return Optional.ofNullable(members.get(userId));
    }
  }

  /**
   * Returns every member, in the order they joined.
   *
   * @return a snapshot
   */
  public List<Member> members() {
    synchronized (members) {
      return List.copyOf(members.values());
    }
  }

  /**
   * Counts the members.
   *
   * @return the member count
   */
  public int memberCount() {
    synchronized (members) {
      return members.size();
    }
  }

  /**
   * Adds or replaces a membership.
   *
   * @param member the membership
   */
  public void putMember(Member member) {
    synchronized (members) {
      members.put(member.user().id(), member);
    }
  }

  /**
   * Adds many memberships at once, for large guilds.
   *
   * @param added the memberships
   */
  public void putMembers(List<Member> added) {
    synchronized (members) {
      for (Member member : added) {
        members.put(member.user().id(), member);
      }
    }
  }

  /**
   * Removes a membership.
   *
   * @param userId the user
   * @return the removed membership, if there was one
   */
  public Optional<Member> removeMember(long userId) {
    synchronized (members) {
      return Optional.ofNullable(members.remove(userId));
    }
  }

  /**
   * Returns the roles sorted as Discord lists them: by position, then by id.
   *
   * @return copies
   */
  public List<ObjectNode> sortedRoles() {
    List<ObjectNode> sorted = new ArrayList<>(roles.all());
    sorted.sort(
        Comparator.comparingInt((ObjectNode role) -> role.path("position").asInt())
            .thenComparing(role -> Long.parseUnsignedLong(role.get("id").stringValue())));
    return sorted;
  }

  /**
   * Renders the guild object as REST returns it.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode json = settings.deepCopy();
    ArrayNode roleArray = json.putArray("roles");
    sortedRoles().forEach(roleArray::add);
    ArrayNode emojiArray = json.putArray("emojis");
    emojis.all().forEach(emojiArray::add);
    ArrayNode stickerArray = json.putArray("stickers");
    stickers.all().forEach(stickerArray::add);
    return json;
  }

  /**
   * Renders the guild as GUILD_CREATE sends it: the guild object plus the gateway-only fields.
   * Channels and threads lose their {@code guild_id}, as Discord sends them there.
   *
   * @param botMember the bot's membership, whose join time becomes {@code joined_at}
   * @param listed the members to list
   * @return a new JSON object
   */
  public ObjectNode toGuildCreateJson(Member botMember, List<Member> listed) {
    ObjectNode json = toJson();
    json.put("joined_at", DiscordTime.format(botMember.joinedAt()));
    json.put("large", false);
    json.put("unavailable", false);
    json.put("member_count", memberCount());
    json.putArray("voice_states");
    ArrayNode memberArray = json.putArray("members");
    listed.forEach(member -> memberArray.add(member.toJson()));
    ArrayNode channelArray = json.putArray("channels");
    ArrayNode threadArray = json.putArray("threads");
    for (ObjectNode channel : channels.all()) {
      boolean thread = Channels.isThread(channel.path("type").asInt());
      if (thread && channel.path("thread_metadata").path("archived").asBoolean()) {
        continue;
      }
      if (!thread) {
        channel.remove("guild_id");
      }
      (thread ? threadArray : channelArray).add(channel);
    }
    json.putArray("presences");
    ArrayNode stages = json.putArray("stage_instances");
    stageInstances.all().forEach(stages::add);
    ArrayNode events = json.putArray("guild_scheduled_events");
    scheduledEvents.all().forEach(events::add);
    json.putArray("soundboard_sounds");
    return json;
  }

  private static ObjectNode defaultSettings(long id, String name, long ownerId) {
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
    json.putArray("features");
    json.put("mfa_level", 0);
    json.putNull("application_id");
    json.putNull("system_channel_id");
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
    json.put("premium_progress_bar_enabled", false);
    json.putNull("safety_alerts_channel_id");
    json.putNull("incidents_data");
    return json;
  }
}
