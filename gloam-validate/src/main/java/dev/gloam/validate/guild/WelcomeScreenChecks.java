package dev.gloam.validate.guild;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;

/**
 * Checks of Modify Guild Welcome Screen (resources/guild, "Welcome Screen Object"; limits of the
 * OpenAPI description): a description of up to 140 characters and up to 5 channels, each with a
 * description of 1 to 50 characters.
 */
public final class WelcomeScreenChecks {
  /** The most characters the welcome screen's description may have. */
  public static final int DESCRIPTION_MAX = 140;

  /** The most channels a welcome screen may show. */
  public static final int CHANNELS_MAX = 5;

  /** The fewest characters a welcome channel's description may have. */
  public static final int CHANNEL_DESCRIPTION_MIN = 1;

  /** The most characters a welcome channel's description may have. */
  public static final int CHANNEL_DESCRIPTION_MAX = 50;

  private WelcomeScreenChecks() {}

  /**
   * Checks the welcome screen's description.
   *
   * @param description the description, or {@code null} if absent or cleared
   * @throws ValidationException if it has more than {@value #DESCRIPTION_MAX} characters
   */
  public static void description(String description) {
    Check.maxLength("description", description, DESCRIPTION_MAX);
  }

  /**
   * Checks the number of welcome channels.
   *
   * @param channels the channels, or {@code null} if absent or cleared
   * @throws ValidationException if there are more than {@value #CHANNELS_MAX}
   */
  public static void welcomeChannels(Collection<?> channels) {
    Check.count("welcome_channels", channels, 0, CHANNELS_MAX);
  }

  /**
   * Checks the description of one welcome channel.
   *
   * @param index the channel's place in the list
   * @param description the description
   * @throws ValidationException if it is empty or has more than {@value #CHANNEL_DESCRIPTION_MAX}
   *     characters
   */
  public static void channelDescription(int index, String description) {
    Check.length(
        "welcome_channels[" + index + "].description",
        description,
        CHANNEL_DESCRIPTION_MIN,
        CHANNEL_DESCRIPTION_MAX);
  }
}
