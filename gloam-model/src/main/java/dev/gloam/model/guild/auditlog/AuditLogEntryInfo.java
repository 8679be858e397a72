package dev.gloam.model.guild.auditlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.Optional;

/**
 * More about an audit log entry, for the action types that have some. Maps Discord's "Optional
 * Audit Entry Info" table (resources/audit-log).
 *
 * <p>Discord sends the numbers here as strings; they are kept as sent, and {@link #countValue()},
 * {@link #autoModerationTriggerType()} and friends read them.
 *
 * @param applicationId the app whose command permissions changed ({@code
 *     APPLICATION_COMMAND_PERMISSION_UPDATE})
 * @param autoModerationRuleName the name of the auto moderation rule that fired (the {@code
 *     AUTO_MODERATION_*} actions that a rule takes)
 * @param autoModerationRuleTriggerType the trigger type of that rule, as a number in a string
 * @param channelId the channel in which things were affected (member moves, message pins and
 *     deletes, stage instances, auto moderation, voice channel status)
 * @param count how many things were affected, as a number in a string (message deletes, member
 *     moves and disconnects)
 * @param deleteMemberDays how many days of inactivity got members pruned, as a number in a string
 *     ({@code MEMBER_PRUNE})
 * @param id the role or member whose permission overwrite changed ({@code CHANNEL_OVERWRITE_*})
 * @param membersRemoved how many members the prune removed, as a number in a string ({@code
 *     MEMBER_PRUNE})
 * @param messageId the message pinned or unpinned ({@code MESSAGE_PIN}, {@code MESSAGE_UNPIN})
 * @param roleName the name of the role whose overwrite changed; absent for member overwrites
 * @param type whether the overwrite is a role's ({@code "0"}) or a member's ({@code "1"})
 * @param integrationType the kind of integration that acted ({@code MEMBER_KICK}, {@code
 *     MEMBER_ROLE_UPDATE})
 * @param status the voice channel's new status ({@code VOICE_CHANNEL_STATUS_CREATE})
 */
public record AuditLogEntryInfo(
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> autoModerationRuleName,
    @JsonInclude(Include.NON_ABSENT) Optional<String> autoModerationRuleTriggerType,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> count,
    @JsonInclude(Include.NON_ABSENT) Optional<String> deleteMemberDays,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GenericMarker>> id,
    @JsonInclude(Include.NON_ABSENT) Optional<String> membersRemoved,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> roleName,
    @JsonInclude(Include.NON_ABSENT) Optional<String> type,
    @JsonInclude(Include.NON_ABSENT) Optional<String> integrationType,
    @JsonInclude(Include.NON_ABSENT) Optional<String> status) {

  /**
   * Reads {@code autoModerationRuleTriggerType} as a trigger type.
   *
   * @return the trigger type, or empty if absent or not a number
   */
  public Optional<TriggerType> autoModerationTriggerType() {
    return number(autoModerationRuleTriggerType).map(n -> TriggerType.of(n.intValue()));
  }

  /**
   * Reads {@code count} as a number.
   *
   * @return the count, or empty if absent or not a number
   */
  public Optional<Long> countValue() {
    return number(count);
  }

  /**
   * Reads {@code deleteMemberDays} as a number.
   *
   * @return the days, or empty if absent or not a number
   */
  public Optional<Long> deleteMemberDaysValue() {
    return number(deleteMemberDays);
  }

  /**
   * Reads {@code membersRemoved} as a number.
   *
   * @return the number of pruned members, or empty if absent or not a number
   */
  public Optional<Long> membersRemovedValue() {
    return number(membersRemoved);
  }

  /**
   * Tells whether the changed overwrite is a role's ({@code type} is {@code "0"}).
   *
   * @return {@code true} for a role overwrite, {@code false} otherwise
   */
  public boolean overwritesRole() {
    return type.filter("0"::equals).isPresent();
  }

  /**
   * Tells whether the changed overwrite is a member's ({@code type} is {@code "1"}).
   *
   * @return {@code true} for a member overwrite, {@code false} otherwise
   */
  public boolean overwritesMember() {
    return type.filter("1"::equals).isPresent();
  }

  private static Optional<Long> number(Optional<String> text) {
    return text.flatMap(
        value -> {
          try {
            return Optional.of(Long.parseLong(value.trim()));
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
        });
  }
}
