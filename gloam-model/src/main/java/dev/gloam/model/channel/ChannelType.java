package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import java.util.HashMap;
import java.util.Map;

/**
 * The kind of a channel. Maps Discord's "Channel Types" table (resources/channel).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ChannelType extends IntEnum {
  private static final Map<Integer, ChannelType> KNOWN = new HashMap<>();

  /** A text channel in a guild (0). */
  public static final ChannelType GUILD_TEXT = known(0, "GUILD_TEXT");

  /** A direct message between two users (1). */
  public static final ChannelType DM = known(1, "DM");

  /** A voice channel in a guild (2). */
  public static final ChannelType GUILD_VOICE = known(2, "GUILD_VOICE");

  /** A direct message between several users (3). */
  public static final ChannelType GROUP_DM = known(3, "GROUP_DM");

  /** A category that groups guild channels (4). */
  public static final ChannelType GUILD_CATEGORY = known(4, "GUILD_CATEGORY");

  /** A channel whose messages other guilds can follow (5). */
  public static final ChannelType GUILD_ANNOUNCEMENT = known(5, "GUILD_ANNOUNCEMENT");

  /** A thread in an announcement channel (10). */
  public static final ChannelType ANNOUNCEMENT_THREAD = known(10, "ANNOUNCEMENT_THREAD");

  /** A public thread in a text or forum channel (11). */
  public static final ChannelType PUBLIC_THREAD = known(11, "PUBLIC_THREAD");

  /** A private thread in a text channel (12). */
  public static final ChannelType PRIVATE_THREAD = known(12, "PRIVATE_THREAD");

  /** A voice channel for talks with an audience (13). */
  public static final ChannelType GUILD_STAGE_VOICE = known(13, "GUILD_STAGE_VOICE");

  /** The channel of a hub's directory (14). */
  public static final ChannelType GUILD_DIRECTORY = known(14, "GUILD_DIRECTORY");

  /** A channel that only holds threads (15). */
  public static final ChannelType GUILD_FORUM = known(15, "GUILD_FORUM");

  /** A channel that only holds threads, laid out for media (16). */
  public static final ChannelType GUILD_MEDIA = known(16, "GUILD_MEDIA");

  private ChannelType(int value, String name) {
    super(value, name);
  }

  private static ChannelType known(int value, String name) {
    ChannelType constant = new ChannelType(value, name);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * Returns the channel type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ChannelType of(int value) {
    ChannelType constant = KNOWN.get(value);
    return constant != null ? constant : new ChannelType(value, null);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
