package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.Intents;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.World;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thread objects and thread membership as {@code resources/channel.mdx} ("Thread Metadata Object",
 * "Thread Member Object") and {@code topics/threads.mdx} describe them, and the gateway events that
 * membership changes cause (THREAD_MEMBERS_UPDATE, THREAD_MEMBER_UPDATE). Callers hold {@link
 * World#lock()}.
 */
public final class Threads {

  /** Discord stops counting {@code member_count} at 50. */
  public static final int MEMBER_COUNT_CAP = 50;

  /** The PINNED channel flag, which only forum and media threads carry. */
  public static final int FLAG_PINNED = 1 << 1;

  /** The REQUIRE_TAG channel flag of forum and media channels. */
  public static final int FLAG_REQUIRE_TAG = 1 << 4;

  private Threads() {}

  /**
   * A new thread, as Get Channel returns it.
   *
   * @param id the snowflake (the starter message's for a thread started from a message)
   * @param parent the channel the thread lives in
   * @param type 10, 11 or 12
   * @param name the name
   * @param ownerId who started it
   * @param autoArchiveDuration 60, 1440, 4320 or 10080
   * @param rateLimitPerUser the slow mode, in seconds
   * @param invitable for a private thread, whether non-moderators may add others; ignored otherwise
   * @param now the creation time
   * @return a new JSON object
   */
  public static ObjectNode newThread(
      long id,
      GuildChannel parent,
      int type,
      String name,
      long ownerId,
      int autoArchiveDuration,
      int rateLimitPerUser,
      boolean invitable,
      Instant now) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    json.put("type", type);
    json.put("guild_id", Json.id(parent.guildId()));
    json.put("name", name);
    json.put("parent_id", Json.id(parent.id()));
    json.put("owner_id", Json.id(ownerId));
    json.putNull("last_message_id");
    json.put("rate_limit_per_user", rateLimitPerUser);
    json.put("flags", 0);
    json.put("message_count", 0);
    json.put("member_count", 0);
    json.put("total_message_sent", 0);
    ObjectNode metadata = json.putObject("thread_metadata");
    metadata.put("archived", false);
    metadata.put("auto_archive_duration", autoArchiveDuration);
    metadata.put("archive_timestamp", DiscordTime.format(now));
    metadata.put("locked", false);
    metadata.put("create_timestamp", DiscordTime.format(now));
    if (type == Channels.PRIVATE_THREAD) {
      metadata.put("invitable", invitable);
    }
    int parentType = parent.type();
    if (parentType == Channels.GUILD_FORUM || parentType == Channels.GUILD_MEDIA) {
      json.putArray("applied_tags");
    }
    return json;
  }

  /**
   * Finds the thread started from a message: it has the message's id and the message's channel as
   * its parent ({@code topics/threads.mdx}, "Public &amp; Private Threads"). This is what a
   * message's {@code thread} field holds.
   *
   * @param world the world
   * @param channelId the message's channel
   * @param messageId the message
   * @return the thread object, if one was started from the message
   */
  public static Optional<ObjectNode> startedFrom(World world, long channelId, long messageId) {
    return world
        .channel(messageId)
        .filter(GuildChannel::isThread)
        .map(GuildChannel::channel)
        .filter(thread -> Json.readId(thread.get("parent_id")).orElse(0L) == channelId);
  }

  /**
   * Tells whether a thread is archived.
   *
   * @param thread the thread object
   * @return the {@code thread_metadata.archived} flag
   */
  public static boolean archived(ObjectNode thread) {
    return thread.path("thread_metadata").path("archived").asBoolean(false);
  }

  /**
   * Tells whether a thread is locked.
   *
   * @param thread the thread object
   * @return the {@code thread_metadata.locked} flag
   */
  public static boolean locked(ObjectNode thread) {
    return thread.path("thread_metadata").path("locked").asBoolean(false);
  }

  /**
   * Returns who started a thread.
   *
   * @param thread the thread object
   * @return the {@code owner_id}, or 0 if missing
   */
  public static long ownerId(ObjectNode thread) {
    return Json.readId(thread.get("owner_id")).orElse(0L);
  }

  /**
   * Returns a thread's parent channel id.
   *
   * @param thread the thread object
   * @return the {@code parent_id}, or 0 if missing
   */
  public static long parentId(ObjectNode thread) {
    return Json.readId(thread.get("parent_id")).orElse(0L);
  }

  /**
   * A thread member object.
   *
   * @param threadId the thread
   * @param userId the user
   * @param joined when the user joined
   * @return a new JSON object with {@code id}, {@code user_id}, {@code join_timestamp}, {@code
   *     flags}
   */
  public static ObjectNode newThreadMember(long threadId, long userId, Instant joined) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(threadId));
    json.put("user_id", Json.id(userId));
    json.put("join_timestamp", DiscordTime.format(joined));
    json.put("flags", 0);
    return json;
  }

  /**
   * Adds users to a thread, updates its {@code member_count} and sends THREAD_MEMBERS_UPDATE (to
   * sessions with GUILD_MEMBERS, or to all when the bot is among them). When the bot is added to a
   * thread that was not just created, THREAD_CREATE with the bot's thread member goes first, as
   * {@code topics/threads.mdx} ("Gaining Access to Private Threads") describes.
   *
   * @param world the world
   * @param guild the thread's guild
   * @param threadId the thread
   * @param userIds the users; those already in the thread are skipped
   * @param newlyCreated whether the thread was just created (its THREAD_CREATE is sent already)
   * @return true if anyone was added
   */
  public static boolean addMembers(
      World world, Guild guild, long threadId, List<Long> userIds, boolean newlyCreated) {
    ArrayNode added = Json.array();
    boolean botAdded = false;
    for (long userId : userIds) {
      if (guild.threadMembers(threadId).contains(userId)) {
        continue;
      }
      ObjectNode member = newThreadMember(threadId, userId, world.now());
      guild.threadMembers(threadId).put(userId, member);
      ObjectNode rich = member.deepCopy();
      guild.member(userId).ifPresent(m -> rich.set("member", m.toJson()));
      rich.putNull("presence");
      added.add(rich);
      botAdded |= userId == world.bot().id();
    }
    if (added.isEmpty()) {
      return false;
    }
    ObjectNode thread = refreshMemberCount(guild, threadId);
    if (botAdded && !newlyCreated) {
      ObjectNode create = thread.deepCopy();
      create.set("member", guild.threadMembers(threadId).get(world.bot().id()).orElseThrow());
      world.dispatch(guild.id(), "THREAD_CREATE", create);
    }
    ObjectNode event = membersUpdate(guild, thread);
    event.set("added_members", added);
    dispatchMembersUpdate(world, guild, event, botAdded);
    return true;
  }

  /**
   * Removes a user from a thread, updates its {@code member_count} and sends THREAD_MEMBERS_UPDATE.
   *
   * @param world the world
   * @param guild the thread's guild
   * @param threadId the thread
   * @param userId the user
   * @return true if the user was a member
   */
  public static boolean removeMember(World world, Guild guild, long threadId, long userId) {
    if (guild.threadMembers(threadId).remove(userId).isEmpty()) {
      return false;
    }
    ObjectNode thread = refreshMemberCount(guild, threadId);
    ObjectNode event = membersUpdate(guild, thread);
    event.putArray("removed_member_ids").add(Json.id(userId));
    dispatchMembersUpdate(world, guild, event, userId == world.bot().id());
    return true;
  }

  /**
   * The bot's own thread member objects for some threads, as the thread lists return them.
   *
   * @param world the world
   * @param guild the guild
   * @param threads the threads
   * @return the thread member objects of the threads the bot is in
   */
  public static ArrayNode botMemberships(World world, Guild guild, List<ObjectNode> threads) {
    ArrayNode members = Json.array();
    for (ObjectNode thread : threads) {
      long threadId = Json.readId(thread.get("id")).orElse(0L);
      guild.threadMembers(threadId).get(world.bot().id()).ifPresent(members::add);
    }
    return members;
  }

  /**
   * Sends THREAD_MEMBER_UPDATE for the bot's own membership, if the bot is in the thread.
   *
   * @param world the world
   * @param guild the guild
   * @param threadId the thread
   */
  public static void botMemberUpdate(World world, Guild guild, long threadId) {
    guild
        .threadMembers(threadId)
        .get(world.bot().id())
        .ifPresent(
            member -> {
              member.put("guild_id", Json.id(guild.id()));
              world.dispatch(guild.id(), "THREAD_MEMBER_UPDATE", member);
            });
  }

  private static ObjectNode refreshMemberCount(Guild guild, long threadId) {
    ObjectNode thread = guild.channels().get(threadId).orElseThrow();
    thread.put("member_count", Math.min(MEMBER_COUNT_CAP, guild.threadMembers(threadId).size()));
    guild.channels().put(threadId, thread);
    return thread;
  }

  private static ObjectNode membersUpdate(Guild guild, ObjectNode thread) {
    ObjectNode event = Json.object();
    event.set("id", thread.get("id").deepCopy());
    event.put("guild_id", Json.id(guild.id()));
    JsonNode count = thread.get("member_count");
    event.put("member_count", count == null ? 0 : count.asInt());
    return event;
  }

  private static void dispatchMembersUpdate(
      World world, Guild guild, ObjectNode event, boolean concernsBot) {
    // Without GUILD_MEMBERS a bot hears only of its own joins and leaves (events/gateway-events).
    world.dispatch(
        guild.id(),
        "THREAD_MEMBERS_UPDATE",
        intents ->
            concernsBot || Intents.contains(intents, Intents.GUILD_MEMBERS)
                ? event.deepCopy()
                : null);
  }
}
