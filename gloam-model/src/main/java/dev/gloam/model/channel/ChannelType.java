package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a channel. Maps Discord's "Channel Types" table (resources/channel).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ChannelType extends IntEnum {
  private static final IntEnumRegistry<ChannelType> VALUES =
      new IntEnumRegistry<>(value -> new ChannelType(value, null));

  /** A text channel in a guild (0). */
  public static final ChannelType GUILD_TEXT = VALUES.register(new ChannelType(0, "GUILD_TEXT"));

  /** A direct message between two users (1). */
  public static final ChannelType DM = VALUES.register(new ChannelType(1, "DM"));

  /** A voice channel in a guild (2). */
  public static final ChannelType GUILD_VOICE = VALUES.register(new ChannelType(2, "GUILD_VOICE"));

  /** A direct message between several users (3). */
  public static final ChannelType GROUP_DM = VALUES.register(new ChannelType(3, "GROUP_DM"));

  /** A category that groups guild channels (4). */
  public static final ChannelType GUILD_CATEGORY =
      VALUES.register(new ChannelType(4, "GUILD_CATEGORY"));

  /** A channel whose messages other guilds can follow (5). */
  public static final ChannelType GUILD_ANNOUNCEMENT =
      VALUES.register(new ChannelType(5, "GUILD_ANNOUNCEMENT"));

  /** A thread in an announcement channel (10). */
  public static final ChannelType ANNOUNCEMENT_THREAD =
      VALUES.register(new ChannelType(10, "ANNOUNCEMENT_THREAD"));

  /** A public thread in a text or forum channel (11). */
  public static final ChannelType PUBLIC_THREAD =
      VALUES.register(new ChannelType(11, "PUBLIC_THREAD"));

  /** A private thread in a text channel (12). */
  public static final ChannelType PRIVATE_THREAD =
      VALUES.register(new ChannelType(12, "PRIVATE_THREAD"));

  /** A voice channel for talks with an audience (13). */
  public static final ChannelType GUILD_STAGE_VOICE =
      VALUES.register(new ChannelType(13, "GUILD_STAGE_VOICE"));

  /** The channel of a hub's directory (14). */
  public static final ChannelType GUILD_DIRECTORY =
      VALUES.register(new ChannelType(14, "GUILD_DIRECTORY"));

  /** A channel that only holds threads (15). */
  public static final ChannelType GUILD_FORUM = VALUES.register(new ChannelType(15, "GUILD_FORUM"));

  /** A channel that only holds threads, laid out for media (16). */
  public static final ChannelType GUILD_MEDIA = VALUES.register(new ChannelType(16, "GUILD_MEDIA"));

  private ChannelType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the channel type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ChannelType of(int value) {
    return VALUES.of(value);
  }

  /**
   * Tells whether channels of this type are threads (announcement, public or private), which take
   * their permissions from their parent channel.
   *
   * @return true for the three thread types
   */
  public boolean isThread() {
    return equals(ANNOUNCEMENT_THREAD) || equals(PUBLIC_THREAD) || equals(PRIVATE_THREAD);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
