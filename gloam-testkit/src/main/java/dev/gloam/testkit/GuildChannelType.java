package dev.gloam.testkit;

import dev.gloam.testkit.internal.world.Channels;
import java.util.Locale;

/**
 * The kinds of guild channel a test can add ({@code resources/channel.mdx}, "Channel Types"),
 * threads aside: threads are started from messages and channels through the REST API.
 */
public enum GuildChannelType {
  /** A text channel ({@code GUILD_TEXT}, 0). */
  TEXT(Channels.GUILD_TEXT),
  /** A voice channel ({@code GUILD_VOICE}, 2). */
  VOICE(Channels.GUILD_VOICE),
  /** A category that other channels sit in ({@code GUILD_CATEGORY}, 4). */
  CATEGORY(Channels.GUILD_CATEGORY),
  /** An announcement channel ({@code GUILD_ANNOUNCEMENT}, 5). */
  ANNOUNCEMENT(Channels.GUILD_ANNOUNCEMENT),
  /** A stage channel ({@code GUILD_STAGE_VOICE}, 13). */
  STAGE(Channels.GUILD_STAGE_VOICE),
  /** A forum channel ({@code GUILD_FORUM}, 15). */
  FORUM(Channels.GUILD_FORUM),
  /** A media channel ({@code GUILD_MEDIA}, 16). */
  MEDIA(Channels.GUILD_MEDIA);

  private final int value;

  GuildChannelType(int value) {
    this.value = value;
  }

  /**
   * Returns the number Discord uses for this type in a channel's {@code type} field.
   *
   * @return for example 0 for {@link #TEXT}
   */
  public int value() {
    return value;
  }

  /**
   * Finds the type Discord numbers so.
   *
   * @param value the {@code type} number
   * @return the type
   * @throws TestkitException of kind INVALID_ARGUMENT for a number that is no guild channel type
   *     here (threads and DMs included)
   */
  public static GuildChannelType ofValue(int value) {
    for (GuildChannelType type : values()) {
      if (type.value == value) {
        return type;
      }
    }
    throw new TestkitException(
        TestkitException.Kind.INVALID_ARGUMENT, "no guild channel type has the number " + value);
  }

  /**
   * Finds a type by its name here, in any case, for the HTTP controls.
   *
   * @param name for example {@code "voice"}
   * @return the type
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown name
   */
  static GuildChannelType ofName(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TestkitException(
          TestkitException.Kind.INVALID_ARGUMENT, "no guild channel type is called " + name, e);
    }
  }
}
