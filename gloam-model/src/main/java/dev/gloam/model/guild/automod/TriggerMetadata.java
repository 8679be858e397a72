package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;

/**
 * The settings of an auto moderation rule's trigger. Maps Discord's "Trigger Metadata" table
 * (resources/auto-moderation).
 *
 * <p>Every field belongs to some trigger types only and is absent for the others; a {@link
 * TriggerType#SPAM} rule sends an empty object.
 *
 * @param keywordFilter words and phrases to look for, with {@code *} wildcards at either end
 *     ({@link TriggerType#KEYWORD} and {@link TriggerType#MEMBER_PROFILE}; at most 1000)
 * @param regexPatterns Rust-flavoured regular expressions to match ({@link TriggerType#KEYWORD} and
 *     {@link TriggerType#MEMBER_PROFILE}; at most 10)
 * @param presets the predefined word sets to look for ({@link TriggerType#KEYWORD_PRESET})
 * @param allowList words and phrases that never make the rule fire ({@link TriggerType#KEYWORD},
 *     {@link TriggerType#KEYWORD_PRESET} and {@link TriggerType#MEMBER_PROFILE})
 * @param mentionTotalLimit how many distinct user and role mentions a message may hold ({@link
 *     TriggerType#MENTION_SPAM}; at most 50)
 * @param mentionRaidProtectionEnabled whether Discord also detects mention raids on its own ({@link
 *     TriggerType#MENTION_SPAM})
 */
public record TriggerMetadata(
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> keywordFilter,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> regexPatterns,
    @JsonInclude(Include.NON_ABSENT) Optional<List<KeywordPresetType>> presets,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> allowList,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> mentionTotalLimit,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> mentionRaidProtectionEnabled) {

  /** Metadata with no field set, as sent for rules whose trigger takes no settings. */
  public static final TriggerMetadata EMPTY =
      new TriggerMetadata(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
}
