package dev.gloam.cache.inmemory.form;

import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwrite;
import dev.gloam.model.channel.thread.ThreadMetadata;
import java.time.Instant;
import java.util.List;

/**
 * A guild channel or thread as the cache keeps it (Discord: resources/channel "Channel Object").
 *
 * <p>The cache reads the ids, the type, the parent and the permission overwrites: they place the
 * channel in its guild and answer permission questions (a thread uses its parent's overwrites).
 */
public interface CachedChannel {

  /**
   * Returns the channel's id.
   *
   * @return the id
   */
  long id();

  /**
   * Returns the guild the channel belongs to.
   *
   * @return the guild's id, or 0 for a channel outside guilds
   */
  long guildId();

  /**
   * Returns the channel's type.
   *
   * @return the type
   */
  ChannelType type();

  /**
   * Returns the parent: a channel's category, or the channel a thread is in.
   *
   * @return the parent's id, or 0 for none
   */
  long parentId();

  /**
   * Returns the channel's permission overwrites (a thread has none of its own).
   *
   * @return the overwrites
   */
  List<PermissionOverwrite> permissionOverwrites();

  /**
   * Returns this channel after CHANNEL_PINS_UPDATE. A form that does not keep the time returns
   * itself, which is what this default does.
   *
   * @param lastPinTimestamp when the newest pinned message was pinned, or null when none is left
   * @return the updated form
   */
  default CachedChannel withLastPinTimestamp(Instant lastPinTimestamp) {
    return this;
  }

  /**
   * The standard form.
   *
   * @param id the id
   * @param guildId the guild, or 0
   * @param type the type
   * @param parentId the category or the thread's channel, or 0
   * @param position the sorting position, or -1 for none
   * @param name the name, or null
   * @param topic the topic, or null
   * @param nsfw whether the channel is age-restricted
   * @param rateLimitPerUser the slow mode in seconds
   * @param bitrate the voice bitrate, or 0
   * @param userLimit the voice user limit, or 0
   * @param ownerId a thread's creator, or 0
   * @param lastMessageId the newest message's id as Discord last sent it, or 0
   * @param lastPinTimestamp when the newest pin was made, or null
   * @param permissionOverwrites the overwrites, as sent
   * @param threadMetadata a thread's metadata, or null
   * @param flags the channel flags as bits
   */
  record Standard(
      long id,
      long guildId,
      ChannelType type,
      long parentId,
      int position,
      String name,
      String topic,
      boolean nsfw,
      int rateLimitPerUser,
      int bitrate,
      int userLimit,
      long ownerId,
      long lastMessageId,
      Instant lastPinTimestamp,
      List<PermissionOverwrite> permissionOverwrites,
      ThreadMetadata threadMetadata,
      long flags)
      implements CachedChannel {

    /**
     * Keeps a channel's standard fields.
     *
     * @param channel the channel from an event
     * @param guildId the guild it belongs to (GUILD_CREATE's channels carry none of their own), or
     *     0
     * @return the cached form
     */
    public static Standard of(Channel channel, long guildId) {
      return new Standard(
          channel.id().value(),
          guildId,
          channel.type(),
          Ids.orZero(channel.parentId()),
          channel.position().orElse(-1),
          Strings.share(channel.name().orElse(null)),
          channel.topic().orElse(null),
          channel.nsfw().orElse(false),
          channel.rateLimitPerUser().orElse(0),
          channel.bitrate().orElse(0),
          channel.userLimit().orElse(0),
          Ids.orZero(channel.ownerId()),
          Ids.orZero(channel.lastMessageId()),
          channel.lastPinTimestamp().orElse(null),
          channel.permissionOverwrites().map(List::copyOf).orElse(List.of()),
          channel.threadMetadata().orElse(null),
          channel.flags().map(f -> f.bits()).orElse(0L));
    }

    @Override
    public CachedChannel withLastPinTimestamp(Instant lastPinTimestamp) {
      return new Standard(
          id,
          guildId,
          type,
          parentId,
          position,
          name,
          topic,
          nsfw,
          rateLimitPerUser,
          bitrate,
          userLimit,
          ownerId,
          lastMessageId,
          lastPinTimestamp,
          permissionOverwrites,
          threadMetadata,
          flags);
    }
  }
}
