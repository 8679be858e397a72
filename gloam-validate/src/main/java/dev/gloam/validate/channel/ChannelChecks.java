package dev.gloam.validate.channel;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.forum.ForumTag;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;

/**
 * Checks of the fields of "Modify Channel" and "Set Voice Channel Status" (resources/channel).
 * Limits that depend on the kind of channel (the topic of forum and media channels, the user limit
 * of stage channels) take the channel's type; without one the widest limit applies, and Discord
 * enforces the narrower one.
 */
public final class ChannelChecks {
  /** The fewest characters a channel name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a channel name may have. */
  public static final int NAME_MAX = 100;

  /** The most characters a topic may have, in text and announcement channels. */
  public static final int TOPIC_MAX = 1024;

  /** The most characters a topic may have, in forum and media channels. */
  public static final int FORUM_TOPIC_MAX = 4096;

  /** The longest slow mode, in seconds (6 hours). */
  public static final int RATE_LIMIT_PER_USER_MAX = 21_600;

  /** The lowest bitrate of a voice or stage channel, in bits per second. */
  public static final int BITRATE_MIN = 8000;

  /** The largest user limit of a voice channel (0 means no limit). */
  public static final int VOICE_USER_LIMIT_MAX = 99;

  /** The largest user limit of a stage channel (0 means no limit). */
  public static final int STAGE_USER_LIMIT_MAX = 10_000;

  /** The most tags a forum or media channel may offer. */
  public static final int AVAILABLE_TAGS_MAX = 20;

  /** The most characters a forum tag's name may have. */
  public static final int TAG_NAME_MAX = 20;

  /** The most permission overwrites one request may set. */
  public static final int PERMISSION_OVERWRITES_MAX = 100;

  /** The most characters a voice channel status may have. */
  public static final int VOICE_STATUS_MAX = 500;

  private ChannelChecks() {}

  /**
   * Checks a channel name.
   *
   * @param name the name, or {@code null} if not set
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks a topic against the limit of the channel's type.
   *
   * @param topic the topic, or {@code null} to clear it
   * @param type the channel's type, or {@code null} if unknown (the forum limit applies then)
   * @throws ValidationException if it is longer than {@value #TOPIC_MAX} characters ({@value
   *     #FORUM_TOPIC_MAX} for forum, media or unknown channels)
   */
  public static void topic(String topic, ChannelType type) {
    boolean narrow =
        type != null
            && !type.equals(ChannelType.GUILD_FORUM)
            && !type.equals(ChannelType.GUILD_MEDIA);
    Check.maxLength("topic", topic, narrow ? TOPIC_MAX : FORUM_TOPIC_MAX);
  }

  /**
   * Checks a slow mode delay, such as {@code rate_limit_per_user} or {@code
   * default_thread_rate_limit_per_user}.
   *
   * @param field the field's name
   * @param seconds the delay in seconds
   * @throws ValidationException if it is outside 0..{@value #RATE_LIMIT_PER_USER_MAX}
   */
  public static void rateLimitPerUser(String field, int seconds) {
    Check.range(field, seconds, 0, RATE_LIMIT_PER_USER_MAX);
  }

  /**
   * Checks a bitrate. The upper bound depends on the guild's boost level and is left to Discord.
   *
   * @param bitrate the bitrate in bits per second
   * @throws ValidationException if it is below {@value #BITRATE_MIN}
   */
  public static void bitrate(int bitrate) {
    Check.range("bitrate", bitrate, BITRATE_MIN, Integer.MAX_VALUE);
  }

  /**
   * Checks a user limit against the limit of the channel's type.
   *
   * @param userLimit the limit, 0 for none
   * @param type the channel's type, or {@code null} if unknown (the stage limit applies then)
   * @throws ValidationException if it is negative or above {@value #VOICE_USER_LIMIT_MAX} ({@value
   *     #STAGE_USER_LIMIT_MAX} for stage or unknown channels)
   */
  public static void userLimit(int userLimit, ChannelType type) {
    boolean voice = type != null && !type.equals(ChannelType.GUILD_STAGE_VOICE);
    Check.range("user_limit", userLimit, 0, voice ? VOICE_USER_LIMIT_MAX : STAGE_USER_LIMIT_MAX);
  }

  /**
   * Checks the tags a forum or media channel offers.
   *
   * @param tags the tags, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #AVAILABLE_TAGS_MAX}, or a name is
   *     longer than {@value #TAG_NAME_MAX} characters
   */
  public static void availableTags(List<ForumTag> tags) {
    Check.count("available_tags", tags, 0, AVAILABLE_TAGS_MAX);
    if (tags == null) {
      return;
    }
    for (int i = 0; i < tags.size(); i++) {
      ForumTag tag = tags.get(i);
      Check.required("available_tags[" + i + "].name", tag.name(), "a tag needs a name");
      try {
        Check.maxLength("name", tag.name(), TAG_NAME_MAX);
      } catch (ValidationException e) {
        throw e.under("available_tags[" + i + "]");
      }
    }
  }

  /**
   * Checks the number of permission overwrites set at once.
   *
   * @param overwrites the overwrites, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #PERMISSION_OVERWRITES_MAX}
   */
  public static void permissionOverwrites(List<?> overwrites) {
    Check.count("permission_overwrites", overwrites, 0, PERMISSION_OVERWRITES_MAX);
  }

  /**
   * Checks a voice channel status.
   *
   * @param status the status, or {@code null} to clear it
   * @throws ValidationException if it is longer than {@value #VOICE_STATUS_MAX} characters
   */
  public static void voiceStatus(String status) {
    Check.maxLength("status", status, VOICE_STATUS_MAX);
  }
}
