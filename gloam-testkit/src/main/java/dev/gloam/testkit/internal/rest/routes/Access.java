package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's permission checks, answered the way Discord answers them: 403 Missing Access (50001)
 * when the bot cannot see the channel, 403 Missing Permissions (50013) when it lacks a permission
 * or the target ranks at or above the bot's highest role.
 */
public final class Access {

  private static final Logger LOG = LoggerFactory.getLogger(Access.class);

  private Access() {}

  /**
   * Requires guild-wide permissions of the bot.
   *
   * @param world the world
   * @param guild the guild
   * @param permissions every bit the action needs
   * @throws ApiError 403 Missing Permissions (50013)
   */
  public static void inGuild(World world, Guild guild, long permissions) {
    long granted = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    if ((granted & permissions) != permissions) {
      throw missing(permissions & ~granted);
    }
  }

  /**
   * Requires permissions of the bot in a channel; seeing the channel is always required.
   *
   * @param world the world
   * @param channel the channel or thread
   * @param permissions every bit the action needs besides VIEW_CHANNEL
   * @throws ApiError 403 Missing Access (50001) or Missing Permissions (50013)
   */
  public static void inChannel(World world, GuildChannel channel, long permissions) {
    long granted =
        PermissionCalculator.inChannel(
            channel.guild(), channel.channel(), world.bot().id(), world.now());
    if ((granted & Permissions.VIEW_CHANNEL) == 0) {
      throw new ApiError(403, 50001, "Missing Access");
    }
    if ((granted & permissions) != permissions) {
      throw missing(permissions & ~granted);
    }
  }

  /**
   * Requires that the bot ranks above a role (role hierarchy, {@code topics/permissions.mdx}).
   *
   * @param world the world
   * @param guild the guild
   * @param rolePosition the position of the role the bot acts on
   * @throws ApiError 403 Missing Permissions (50013)
   */
  public static void above(World world, Guild guild, int rolePosition) {
    if (PermissionCalculator.highestPosition(guild, world.bot().id()) <= rolePosition) {
      LOG.debug("the bot's highest role is not above position {}", rolePosition);
      throw new ApiError(403, 50013, "Missing Permissions");
    }
  }

  /**
   * Requires that the bot ranks above a member: the owner cannot be acted on, and the member's
   * highest role must be below the bot's.
   *
   * @param world the world
   * @param guild the guild
   * @param userId the member the bot acts on
   * @throws ApiError 403 Missing Permissions (50013)
   */
  public static void aboveMember(World world, Guild guild, long userId) {
    if (userId == guild.ownerId()) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    above(world, guild, PermissionCalculator.highestPosition(guild, userId));
  }

  private static ApiError missing(long lacking) {
    LOG.debug("the bot lacks {}", Permissions.names(lacking));
    return new ApiError(403, 50013, "Missing Permissions");
  }
}
