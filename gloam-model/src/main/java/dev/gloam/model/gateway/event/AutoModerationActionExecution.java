package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.automod.AutoModerationAction;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Optional;

/**
 * An auto moderation rule matched some content and one of its actions ran, for example a message
 * was blocked. Maps Discord's "Auto Moderation Action Execution" event (events/gateway-events);
 * sent only to bots with the {@code MANAGE_GUILD} permission, one event per action.
 *
 * <p>{@code content} and {@code matchedContent} are only filled with the {@code MESSAGE_CONTENT}
 * intent.
 *
 * @param guildId the guild the action ran in
 * @param action the action that ran
 * @param ruleId the rule the action belongs to
 * @param ruleTriggerType what kind of trigger the rule has
 * @param userId the user whose content set the rule off
 * @param channelId the channel the content was posted in, if it was posted in one
 * @param messageId the user's message, absent when the message was blocked or the content was not
 *     in a message
 * @param alertSystemMessageId the alert message auto moderation posted, only for {@code
 *     SEND_ALERT_MESSAGE} actions
 * @param content the user's text (empty without the {@code MESSAGE_CONTENT} intent)
 * @param matchedKeyword the keyword or phrase of the rule that matched, or empty (sent as {@code
 *     null})
 * @param matchedContent the part of {@code content} that matched, or empty (sent as {@code null})
 */
public record AutoModerationActionExecution(
    Id<GuildMarker> guildId,
    AutoModerationAction action,
    Id<AutoModerationRuleMarker> ruleId,
    TriggerType ruleTriggerType,
    Id<UserMarker> userId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> alertSystemMessageId,
    String content,
    Optional<String> matchedKeyword,
    Optional<String> matchedContent)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.AUTO_MODERATION_ACTION_EXECUTION;
  }
}
