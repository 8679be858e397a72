package dev.gloam.cache.inmemory.form;

import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwrite;
import dev.gloam.model.channel.thread.ThreadMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
   * The standard form: 56 bytes for a channel that has only its place (guild, type, parent,
   * position, name, overwrites), and 56 more for one with a topic, slow mode, voice settings, a
   * last message or pin, thread metadata or flags.
   */
  final class Standard implements CachedChannel {
    private final long id;
    private final long guildId;
    private final long parentId;
    private final ChannelType type;
    private final int position;
    private final String name;
    private final List<PermissionOverwrite> permissionOverwrites;
    // What a category or a quiet channel does not have, kept apart so that it does not pay for it.
    private final Extras extras;

    private record Extras(
        String topic,
        boolean nsfw,
        int rateLimitPerUser,
        int bitrate,
        int userLimit,
        long ownerId,
        long lastMessageId,
        Instant lastPinTimestamp,
        ThreadMetadata threadMetadata,
        long flags) {
      static final Extras NONE = new Extras(null, false, 0, 0, 0, 0, 0, null, null, 0);
    }

    private Standard(
        long id,
        long guildId,
        ChannelType type,
        long parentId,
        int position,
        String name,
        List<PermissionOverwrite> permissionOverwrites,
        Extras extras) {
      this.id = id;
      this.guildId = guildId;
      this.type = type;
      this.parentId = parentId;
      this.position = position;
      this.name = name;
      this.permissionOverwrites = permissionOverwrites;
      this.extras = extras.equals(Extras.NONE) ? null : extras;
    }

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
          channel.permissionOverwrites().map(List::copyOf).orElse(List.of()),
          new Extras(
              channel.topic().orElse(null),
              channel.nsfw().orElse(false),
              channel.rateLimitPerUser().orElse(0),
              channel.bitrate().orElse(0),
              channel.userLimit().orElse(0),
              Ids.orZero(channel.ownerId()),
              Ids.orZero(channel.lastMessageId()),
              channel.lastPinTimestamp().orElse(null),
              channel.threadMetadata().orElse(null),
              channel.flags().map(f -> f.bits()).orElse(0L)));
    }

    @Override
    public CachedChannel withLastPinTimestamp(Instant lastPinTimestamp) {
      Extras e = extras();
      return new Standard(
          id,
          guildId,
          type,
          parentId,
          position,
          name,
          permissionOverwrites,
          new Extras(
              e.topic,
              e.nsfw,
              e.rateLimitPerUser,
              e.bitrate,
              e.userLimit,
              e.ownerId,
              e.lastMessageId,
              lastPinTimestamp,
              e.threadMetadata,
              e.flags));
    }

    private Extras extras() {
      return extras != null ? extras : Extras.NONE;
    }

    @Override
    public long id() {
      return id;
    }

    @Override
    public long guildId() {
      return guildId;
    }

    @Override
    public ChannelType type() {
      return type;
    }

    @Override
    public long parentId() {
      return parentId;
    }

    @Override
    public List<PermissionOverwrite> permissionOverwrites() {
      return permissionOverwrites;
    }

    /**
     * Returns the sorting position.
     *
     * @return the position, or -1 for none
     */
    public int position() {
      return position;
    }

    /**
     * Returns the name.
     *
     * @return the name, or null
     */
    public String name() {
      return name;
    }

    /**
     * Returns the topic.
     *
     * @return the topic, or null
     */
    public String topic() {
      return extras().topic;
    }

    /**
     * Tells whether the channel is age-restricted.
     *
     * @return true if it is
     */
    public boolean nsfw() {
      return extras().nsfw;
    }

    /**
     * Returns the slow mode.
     *
     * @return seconds between messages of one user, 0 for none
     */
    public int rateLimitPerUser() {
      return extras().rateLimitPerUser;
    }

    /**
     * Returns a voice channel's bitrate.
     *
     * @return the bitrate in bits per second, or 0
     */
    public int bitrate() {
      return extras().bitrate;
    }

    /**
     * Returns a voice channel's user limit.
     *
     * @return the limit, or 0 for none
     */
    public int userLimit() {
      return extras().userLimit;
    }

    /**
     * Returns a thread's creator.
     *
     * @return the user id, or 0
     */
    public long ownerId() {
      return extras().ownerId;
    }

    /**
     * Returns the newest message's id as Discord last sent it.
     *
     * @return the message id, or 0
     */
    public long lastMessageId() {
      return extras().lastMessageId;
    }

    /**
     * Returns when the newest pinned message was pinned.
     *
     * @return the time, or null
     */
    public Instant lastPinTimestamp() {
      return extras().lastPinTimestamp;
    }

    /**
     * Returns a thread's metadata.
     *
     * @return the metadata, or null for a channel that is not a thread
     */
    public ThreadMetadata threadMetadata() {
      return extras().threadMetadata;
    }

    /**
     * Returns the channel flags.
     *
     * @return the flags as bits
     */
    public long flags() {
      return extras().flags;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && id == that.id
          && guildId == that.guildId
          && parentId == that.parentId
          && type.equals(that.type)
          && position == that.position
          && Objects.equals(name, that.name)
          && permissionOverwrites.equals(that.permissionOverwrites)
          && extras().equals(that.extras());
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }

    @Override
    public String toString() {
      return "CachedChannel.Standard[id=" + id + ", type=" + type + ", name=" + name + "]";
    }
  }
}
