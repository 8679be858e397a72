package dev.gloam.validate.guild;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;

/**
 * Checks of Create Guild Channel (resources/guild and resources/channel; the limits of the OpenAPI
 * description): a name of 1 to 100 characters, a topic of up to 4096, slow mode of up to 6 hours,
 * up to 100 permission overwrites and 20 forum tags.
 */
public final class GuildChannelChecks {
  /** The fewest characters a channel name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a channel name may have. */
  public static final int NAME_MAX = 100;

  /** The most characters a channel topic may have (forum and media channels; text ones 1024). */
  public static final int TOPIC_MAX = 4096;

  /** The most seconds of slow mode: 6 hours. */
  public static final int RATE_LIMIT_PER_USER_MAX = 21_600;

  /** The lowest bitrate of a voice channel. */
  public static final int BITRATE_MIN = 8000;

  /** The most permission overwrites a channel may have. */
  public static final int PERMISSION_OVERWRITES_MAX = 100;

  /** The most tags a forum or media channel may have. */
  public static final int AVAILABLE_TAGS_MAX = 20;

  private GuildChannelChecks() {}

  /**
   * Checks a channel's name.
   *
   * @param name the name
   * @throws ValidationException if it is missing, empty or longer than {@value #NAME_MAX}
   *     characters
   */
  public static void name(String name) {
    Check.required("name", name, "a channel needs a name");
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks a channel's topic.
   *
   * @param topic the topic, or {@code null} if absent
   * @throws ValidationException if it has more than {@value #TOPIC_MAX} characters
   */
  public static void topic(String topic) {
    Check.maxLength("topic", topic, TOPIC_MAX);
  }

  /**
   * Checks a slow mode delay.
   *
   * @param field {@code rate_limit_per_user} or {@code default_thread_rate_limit_per_user}
   * @param seconds the delay
   * @throws ValidationException if it is outside 0..{@value #RATE_LIMIT_PER_USER_MAX}
   */
  public static void rateLimitPerUser(String field, int seconds) {
    Check.range(field, seconds, 0, RATE_LIMIT_PER_USER_MAX);
  }

  /**
   * Checks a voice channel's bitrate.
   *
   * @param bitrate the bitrate in bits per second
   * @throws ValidationException if it is below {@value #BITRATE_MIN}
   */
  public static void bitrate(int bitrate) {
    Check.range("bitrate", bitrate, BITRATE_MIN, Integer.MAX_VALUE);
  }

  /**
   * Checks a voice channel's user limit.
   *
   * @param userLimit the most users, 0 for no limit
   * @throws ValidationException if it is negative
   */
  public static void userLimit(int userLimit) {
    Check.range("user_limit", userLimit, 0, Integer.MAX_VALUE);
  }

  /**
   * Checks a channel's position.
   *
   * @param field the field's path, such as {@code position} or {@code [3].position}
   * @param position the position
   * @throws ValidationException if it is negative
   */
  public static void position(String field, int position) {
    Check.range(field, position, 0, Integer.MAX_VALUE);
  }

  /**
   * Checks a channel's permission overwrites.
   *
   * @param overwrites the overwrites, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #PERMISSION_OVERWRITES_MAX}
   */
  public static void permissionOverwrites(Collection<?> overwrites) {
    Check.count("permission_overwrites", overwrites, 0, PERMISSION_OVERWRITES_MAX);
  }

  /**
   * Checks a forum or media channel's tags.
   *
   * @param tags the tags, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #AVAILABLE_TAGS_MAX}
   */
  public static void availableTags(Collection<?> tags) {
    Check.count("available_tags", tags, 0, AVAILABLE_TAGS_MAX);
  }
}
