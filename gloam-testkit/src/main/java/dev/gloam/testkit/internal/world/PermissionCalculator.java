package dev.gloam.testkit.internal.world;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes what a member may do, following {@code topics/permissions.mdx}: "Permission Hierarchy",
 * "Permission Overwrites" (the {@code @everyone} overwrite, then the roles' overwrites together,
 * then the member's), "Implicit Permissions" (no VIEW_CHANNEL, no sending, no CONNECT in voice) and
 * "Permissions for Timed Out Members". Threads use their parent's overwrites, and need
 * SEND_MESSAGES_IN_THREADS where other channels need SEND_MESSAGES.
 */
public final class PermissionCalculator {

  /**
   * What a member who may not connect to a voice or stage channel cannot do there either ("Implicit
   * Permissions"): managing it and everything that happens inside the call.
   */
  private static final long NEEDS_CONNECT =
      Permissions.MANAGE_CHANNELS
          | Permissions.PRIORITY_SPEAKER
          | Permissions.STREAM
          | Permissions.SPEAK
          | Permissions.MUTE_MEMBERS
          | Permissions.DEAFEN_MEMBERS
          | Permissions.MOVE_MEMBERS
          | Permissions.USE_VAD
          | Permissions.REQUEST_TO_SPEAK
          | Permissions.USE_EMBEDDED_ACTIVITIES
          | Permissions.USE_SOUNDBOARD
          | Permissions.USE_EXTERNAL_SOUNDS
          | Permissions.SET_VOICE_CHANNEL_STATUS;

  private PermissionCalculator() {}

  /**
   * The guild-wide permissions of a user.
   *
   * @param guild the guild
   * @param userId the user
   * @param now the current time, for timeouts
   * @return the bits; 0 for a user who is not a member
   */
  public static long inGuild(Guild guild, long userId, Instant now) {
    if (userId == guild.ownerId()) {
      return Permissions.ALL;
    }
    Optional<Member> member = guild.member(userId);
    if (member.isEmpty()) {
      return 0;
    }
    long bits = guild.roles().get(guild.id()).map(Roles::permissions).orElse(0L);
    for (long roleId : member.get().roles()) {
      bits |= guild.roles().get(roleId).map(Roles::permissions).orElse(0L);
    }
    if ((bits & Permissions.ADMINISTRATOR) != 0) {
      return Permissions.ALL;
    }
    return member.get().timedOutAt(now) ? bits & Permissions.TIMED_OUT_ALLOWED : bits;
  }

  /**
   * The permissions of a user in a channel or thread.
   *
   * @param guild the guild
   * @param channel the channel object
   * @param userId the user
   * @param now the current time, for timeouts
   * @return the bits
   */
  public static long inChannel(Guild guild, ObjectNode channel, long userId, Instant now) {
    long base = inGuild(guild, userId, now);
    if ((base & Permissions.ADMINISTRATOR) != 0 || userId == guild.ownerId()) {
      return Permissions.ALL;
    }
    Optional<Member> member = guild.member(userId);
    if (member.isEmpty()) {
      return 0;
    }
    ObjectNode withOverwrites = channel;
    if (Channels.isThread(channel.path("type").asInt())) {
      Optional<ObjectNode> parent =
          idOf(channel.get("parent_id")).flatMap(id -> guild.channels().get(id));
      if (parent.isEmpty()) {
        return 0;
      }
      withOverwrites = parent.get();
    }
    long bits = applyOverwrites(base, withOverwrites.path("permission_overwrites"), guild, member);
    if (member.get().timedOutAt(now)) {
      bits &= Permissions.TIMED_OUT_ALLOWED;
    }
    if ((bits & Permissions.VIEW_CHANNEL) == 0) {
      return 0;
    }
    // In a thread, SEND_MESSAGES_IN_THREADS is the base action of sending ("Inherited
    // Permissions").
    long send =
        Channels.isThread(channel.path("type").asInt())
            ? Permissions.SEND_MESSAGES_IN_THREADS
            : Permissions.SEND_MESSAGES;
    if ((bits & send) == 0) {
      bits &=
          ~(Permissions.MENTION_EVERYONE
              | Permissions.SEND_TTS_MESSAGES
              | Permissions.ATTACH_FILES
              | Permissions.EMBED_LINKS);
    }
    int type = withOverwrites.path("type").asInt();
    if ((type == Channels.GUILD_VOICE || type == Channels.GUILD_STAGE_VOICE)
        && (bits & Permissions.CONNECT) == 0) {
      bits &= ~NEEDS_CONNECT;
    }
    return bits;
  }

  /**
   * Returns the highest position among a user's roles, the owner above everyone.
   *
   * @param guild the guild
   * @param userId the user
   * @return the position; {@link Integer#MAX_VALUE} for the owner, -1 for a non-member
   */
  public static int highestPosition(Guild guild, long userId) {
    if (userId == guild.ownerId()) {
      return Integer.MAX_VALUE;
    }
    Optional<Member> member = guild.member(userId);
    if (member.isEmpty()) {
      return -1;
    }
    int highest = 0;
    for (long roleId : member.get().roles()) {
      highest =
          Math.max(
              highest, guild.roles().get(roleId).map(r -> r.path("position").asInt()).orElse(0));
    }
    return highest;
  }

  private static long applyOverwrites(
      long base, JsonNode overwrites, Guild guild, Optional<Member> member) {
    long bits = base;
    long roleAllow = 0;
    long roleDeny = 0;
    long memberAllow = 0;
    long memberDeny = 0;
    for (JsonNode overwrite : overwrites) {
      long id = idOf(overwrite.get("id")).orElse(-1L);
      long allow = Long.parseUnsignedLong(overwrite.path("allow").asString("0"));
      long deny = Long.parseUnsignedLong(overwrite.path("deny").asString("0"));
      int type = overwrite.path("type").asInt();
      if (type == 0 && id == guild.id()) {
        bits = (bits & ~deny) | allow;
      } else if (type == 0 && member.get().roles().contains(id)) {
        roleAllow |= allow;
        roleDeny |= deny;
      } else if (type == 1 && id == member.get().user().id()) {
        memberAllow = allow;
        memberDeny = deny;
      }
    }
    bits = (bits & ~roleDeny) | roleAllow;
    return (bits & ~memberDeny) | memberAllow;
  }

  private static Optional<Long> idOf(JsonNode node) {
    if (node == null || !node.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseUnsignedLong(node.stringValue()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
