package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;

/**
 * The lookups and permission rules the message routes share: unknown messages (10008), channels
 * without messages (50008), and which permission sending and reading take in a channel or thread.
 */
public final class MessageAccess {

  private MessageAccess() {}

  /**
   * The message of {@code {message.id}} in a channel.
   *
   * @param world the world
   * @param channel the channel
   * @param request the request
   * @return the message
   * @throws ApiError 404 Unknown Message (10008)
   */
  public static StoredMessage message(World world, GuildChannel channel, RestRequest request) {
    return request
        .snowflake("message.id")
        .flatMap(id -> world.messages().find(channel.id(), id))
        .orElseThrow(() -> new ApiError(404, 10008, "Unknown Message"));
  }

  /**
   * Requires a channel that holds messages.
   *
   * @param channel the channel
   * @throws ApiError 400 (40058) for a forum or media channel, 400 (50008) for other channels
   *     without messages
   */
  public static void requireMessageable(GuildChannel channel) {
    if (channel.type() == Channels.GUILD_FORUM || channel.type() == Channels.GUILD_MEDIA) {
      throw new ApiError(400, 40058, "Cannot send a message in a forum channel");
    }
    if (!Channels.isMessageable(channel.type())) {
      throw new ApiError(400, 50008, "Cannot send messages in a non-text channel");
    }
  }

  /**
   * The permission that sending takes: SEND_MESSAGES_IN_THREADS in a thread, SEND_MESSAGES
   * elsewhere.
   *
   * @param channel the channel or thread
   * @return the bit
   */
  public static long send(GuildChannel channel) {
    return channel.isThread() ? Permissions.SEND_MESSAGES_IN_THREADS : Permissions.SEND_MESSAGES;
  }

  /**
   * Requires that the bot can see a channel and read its messages (and connect, for voice
   * channels).
   *
   * @param world the world
   * @param channel the channel
   * @param permissions more bits the action needs
   * @throws ApiError 403 (50001 or 50013)
   */
  public static void read(World world, GuildChannel channel, long permissions) {
    Access.inChannel(
        world, channel, Permissions.READ_MESSAGE_HISTORY | voice(channel) | permissions);
  }

  /**
   * Tells whether the bot may read a channel's history; lists come back empty when it may not.
   *
   * @param world the world
   * @param channel the channel
   * @return true if it has READ_MESSAGE_HISTORY there
   */
  public static boolean mayReadHistory(World world, GuildChannel channel) {
    return (granted(world, channel) & Permissions.READ_MESSAGE_HISTORY) != 0;
  }

  /**
   * Returns the bot's permissions in a channel.
   *
   * @param world the world
   * @param channel the channel
   * @return the bits
   */
  public static long granted(World world, GuildChannel channel) {
    return PermissionCalculator.inChannel(
        channel.guild(), channel.channel(), world.bot().id(), world.now());
  }

  /**
   * The extra bit that voice channels take for reading: CONNECT.
   *
   * @param channel the channel
   * @return CONNECT for voice and stage channels, otherwise 0
   */
  public static long voice(GuildChannel channel) {
    return channel.type() == Channels.GUILD_VOICE || channel.type() == Channels.GUILD_STAGE_VOICE
        ? Permissions.CONNECT
        : 0;
  }
}
