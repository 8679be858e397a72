package dev.gloam.validate.guild;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.List;

/**
 * Checks of Modify Guild Onboarding (resources/guild, "Guild Onboarding Object"; limits of the
 * OpenAPI description): up to 15 prompts with titles of 1 to 100 characters and 1 to 50 options,
 * option titles of 1 to 50 characters and descriptions of up to 100, up to 50 roles and channels
 * per option and up to 500 default channels.
 */
public final class OnboardingChecks {
  /** The most prompts. */
  public static final int PROMPTS_MAX = 15;

  /** The most characters a prompt's title may have. */
  public static final int PROMPT_TITLE_MAX = 100;

  /** The fewest options of a prompt. */
  public static final int OPTIONS_MIN = 1;

  /** The most options of a prompt. */
  public static final int OPTIONS_MAX = 50;

  /** The most characters an option's title may have. */
  public static final int OPTION_TITLE_MAX = 50;

  /** The most characters an option's description may have. */
  public static final int OPTION_DESCRIPTION_MAX = 100;

  /** The most roles or channels an option may give. */
  public static final int OPTION_IDS_MAX = 50;

  /** The most default channels. */
  public static final int DEFAULT_CHANNELS_MAX = 500;

  private OnboardingChecks() {}

  /**
   * Checks the number of prompts.
   *
   * @param prompts the prompts, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #PROMPTS_MAX}
   */
  public static void prompts(Collection<?> prompts) {
    Check.count("prompts", prompts, 0, PROMPTS_MAX);
  }

  /**
   * Checks one prompt's title and number of options.
   *
   * @param index the prompt's place in the list
   * @param title the title
   * @param options the options
   * @throws ValidationException if the title is empty or longer than {@value #PROMPT_TITLE_MAX}
   *     characters, or there are fewer than {@value #OPTIONS_MIN} or more than {@value
   *     #OPTIONS_MAX} options
   */
  public static void prompt(int index, String title, Collection<?> options) {
    String path = "prompts[" + index + "]";
    Check.length(path + ".title", title, 1, PROMPT_TITLE_MAX);
    Check.count(path + ".options", options == null ? List.of() : options, OPTIONS_MIN, OPTIONS_MAX);
  }

  /**
   * Checks one option of a prompt.
   *
   * @param prompt the prompt's place in the list
   * @param index the option's place in the prompt
   * @param title the title
   * @param description the description, or {@code null}
   * @param roleIds the roles it gives, or {@code null}
   * @param channelIds the channels it opts into, or {@code null}
   * @throws ValidationException if a text or list is too long or the title is empty
   */
  public static void option(
      int prompt,
      int index,
      String title,
      String description,
      Collection<?> roleIds,
      Collection<?> channelIds) {
    String path = "prompts[" + prompt + "].options[" + index + "]";
    Check.length(path + ".title", title, 1, OPTION_TITLE_MAX);
    Check.maxLength(path + ".description", description, OPTION_DESCRIPTION_MAX);
    Check.count(path + ".role_ids", roleIds, 0, OPTION_IDS_MAX);
    Check.count(path + ".channel_ids", channelIds, 0, OPTION_IDS_MAX);
  }

  /**
   * Checks the number of default channels.
   *
   * @param channelIds the channel ids, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #DEFAULT_CHANNELS_MAX}
   */
  public static void defaultChannelIds(Collection<?> channelIds) {
    Check.count("default_channel_ids", channelIds, 0, DEFAULT_CHANNELS_MAX);
  }
}
