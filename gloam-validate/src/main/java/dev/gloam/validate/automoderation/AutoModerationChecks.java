package dev.gloam.validate.automoderation;

import dev.gloam.model.guild.automod.AutoModerationAction;
import dev.gloam.model.guild.automod.BlockMessageAction;
import dev.gloam.model.guild.automod.TimeoutAction;
import dev.gloam.model.guild.automod.TriggerMetadata;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.List;

/**
 * Checks of the fields of auto moderation rules (resources/auto-moderation, "Trigger Metadata Field
 * Limits", "Action Metadata" and "Create Auto Moderation Rule"; the OpenAPI description adds the
 * name's 100 characters and 1 to 5 actions).
 */
public final class AutoModerationChecks {
  /** The most characters a rule's name may have. */
  public static final int NAME_MAX = 100;

  /** The most keywords of a keyword or member profile rule. */
  public static final int KEYWORD_FILTER_MAX = 1000;

  /** The most characters of one keyword. */
  public static final int KEYWORD_MAX_LENGTH = 60;

  /** The most regular expressions of a keyword or member profile rule. */
  public static final int REGEX_PATTERNS_MAX = 10;

  /** The most characters of one regular expression. */
  public static final int REGEX_PATTERN_MAX_LENGTH = 260;

  /** The most allowed keywords of a keyword or member profile rule. */
  public static final int ALLOW_LIST_MAX = 100;

  /** The most allowed keywords of a keyword preset rule. */
  public static final int PRESET_ALLOW_LIST_MAX = 1000;

  /** The most characters of one allowed keyword. */
  public static final int ALLOW_LIST_MAX_LENGTH = 60;

  /** The most unique user and role mentions a mention spam rule may allow. */
  public static final int MENTION_TOTAL_LIMIT_MAX = 50;

  /** The fewest actions of a rule. */
  public static final int ACTIONS_MIN = 1;

  /** The most actions of a rule. */
  public static final int ACTIONS_MAX = 5;

  /** The most roles a rule may exempt. */
  public static final int EXEMPT_ROLES_MAX = 20;

  /** The most channels a rule may exempt. */
  public static final int EXEMPT_CHANNELS_MAX = 50;

  /** The most characters of a block action's custom message. */
  public static final int CUSTOM_MESSAGE_MAX = 150;

  /** The longest timeout an action may give, in seconds (four weeks). */
  public static final int TIMEOUT_DURATION_MAX_SECONDS = 2_419_200;

  private AutoModerationChecks() {}

  /**
   * Checks a rule's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it is empty or longer than {@value #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, 1, NAME_MAX);
  }

  /**
   * Checks trigger metadata against the limits of a trigger type. With an unknown trigger type (a
   * modification that does not repeat it) each list gets the largest limit any type allows.
   *
   * @param triggerType the rule's trigger type, or {@code null} if not known
   * @param metadata the metadata, or {@code null} if absent
   * @throws ValidationException if a list has too many entries or an entry is empty or too long
   */
  public static void triggerMetadata(TriggerType triggerType, TriggerMetadata metadata) {
    if (metadata == null) {
      return;
    }
    metadata.keywordFilter().ifPresent(AutoModerationChecks::keywordFilter);
    metadata.regexPatterns().ifPresent(AutoModerationChecks::regexPatterns);
    metadata.allowList().ifPresent(list -> allowList(triggerType, list));
    metadata.mentionTotalLimit().ifPresent(AutoModerationChecks::mentionTotalLimit);
  }

  /**
   * Checks the keywords of a keyword or member profile rule.
   *
   * @param keywordFilter the keywords
   * @throws ValidationException if there are more than {@value #KEYWORD_FILTER_MAX} or one is empty
   *     or longer than {@value #KEYWORD_MAX_LENGTH} characters
   */
  public static void keywordFilter(List<String> keywordFilter) {
    strings(
        "trigger_metadata.keyword_filter", keywordFilter, KEYWORD_FILTER_MAX, KEYWORD_MAX_LENGTH);
  }

  /**
   * Checks the regular expressions of a keyword or member profile rule.
   *
   * @param regexPatterns the patterns
   * @throws ValidationException if there are more than {@value #REGEX_PATTERNS_MAX} or one is empty
   *     or longer than {@value #REGEX_PATTERN_MAX_LENGTH} characters
   */
  public static void regexPatterns(List<String> regexPatterns) {
    strings(
        "trigger_metadata.regex_patterns",
        regexPatterns,
        REGEX_PATTERNS_MAX,
        REGEX_PATTERN_MAX_LENGTH);
  }

  /**
   * Checks the allowed keywords of a rule: at most {@value #ALLOW_LIST_MAX} for keyword and member
   * profile rules, {@value #PRESET_ALLOW_LIST_MAX} for keyword preset rules.
   *
   * @param triggerType the rule's trigger type, or {@code null} if not known
   * @param allowList the allowed keywords
   * @throws ValidationException if there are too many or one is empty or longer than {@value
   *     #ALLOW_LIST_MAX_LENGTH} characters
   */
  public static void allowList(TriggerType triggerType, List<String> allowList) {
    int max =
        triggerType == null || TriggerType.KEYWORD_PRESET.equals(triggerType)
            ? PRESET_ALLOW_LIST_MAX
            : ALLOW_LIST_MAX;
    strings("trigger_metadata.allow_list", allowList, max, ALLOW_LIST_MAX_LENGTH);
  }

  /**
   * Checks how many mentions a mention spam rule allows.
   *
   * @param mentionTotalLimit the number of unique mentions
   * @throws ValidationException if it is negative or above {@value #MENTION_TOTAL_LIMIT_MAX}
   */
  public static void mentionTotalLimit(int mentionTotalLimit) {
    Check.range(
        "trigger_metadata.mention_total_limit", mentionTotalLimit, 0, MENTION_TOTAL_LIMIT_MAX);
  }

  /**
   * Checks a rule's actions and each action's metadata.
   *
   * @param actions the actions, or {@code null} if absent
   * @throws ValidationException if there are fewer than {@value #ACTIONS_MIN} or more than {@value
   *     #ACTIONS_MAX}, or an action's metadata breaks a limit
   */
  public static void actions(List<? extends AutoModerationAction> actions) {
    if (actions == null) {
      return;
    }
    Check.count("actions", actions, ACTIONS_MIN, ACTIONS_MAX);
    for (int i = 0; i < actions.size(); i++) {
      AutoModerationAction action = actions.get(i);
      String path = "actions." + i + ".metadata";
      if (action instanceof BlockMessageAction block) {
        block
            .metadata()
            .flatMap(BlockMessageAction.Metadata::customMessage)
            .ifPresent(
                message -> Check.maxLength(path + ".custom_message", message, CUSTOM_MESSAGE_MAX));
      } else if (action instanceof TimeoutAction timeout && timeout.metadata() != null) {
        Check.range(
            path + ".duration_seconds",
            timeout.metadata().durationSeconds(),
            0,
            TIMEOUT_DURATION_MAX_SECONDS);
      }
    }
  }

  /**
   * Checks the roles a rule exempts.
   *
   * @param exemptRoles the roles, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #EXEMPT_ROLES_MAX}
   */
  public static void exemptRoles(Collection<?> exemptRoles) {
    Check.count("exempt_roles", exemptRoles, 0, EXEMPT_ROLES_MAX);
  }

  /**
   * Checks the channels a rule exempts.
   *
   * @param exemptChannels the channels, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #EXEMPT_CHANNELS_MAX}
   */
  public static void exemptChannels(Collection<?> exemptChannels) {
    Check.count("exempt_channels", exemptChannels, 0, EXEMPT_CHANNELS_MAX);
  }

  private static void strings(String field, List<String> values, int maxCount, int maxLength) {
    Check.count(field, values, 0, maxCount);
    for (int i = 0; i < values.size(); i++) {
      Check.length(field + "." + i, values.get(i), 1, maxLength);
    }
  }
}
