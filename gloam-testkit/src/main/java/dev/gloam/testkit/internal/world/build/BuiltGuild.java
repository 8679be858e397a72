package dev.gloam.testkit.internal.world.build;

import java.util.Map;

/**
 * What {@link GuildFactory} made.
 *
 * @param id the guild's snowflake
 * @param name the guild's name
 * @param ownerId the owner's user id
 * @param botRoleId the bot's managed role
 * @param channelIds the channels by name, in creation order
 * @param roleIds the roles by name, in creation order
 * @param namedMemberIds the members with chosen names, by user name
 * @param memberIds every member's user id in join order; not copied, callers must not change it
 * @param emojiIds the custom emojis' ids in creation order; not copied
 * @param onlineMemberIds the user ids of the members put online, in join order; not copied
 */
public record BuiltGuild(
    long id,
    String name,
    long ownerId,
    long botRoleId,
    Map<String, Long> channelIds,
    Map<String, Long> roleIds,
    Map<String, Long> namedMemberIds,
    long[] memberIds,
    long[] emojiIds,
    long[] onlineMemberIds) {}
