package dev.gloam.model.guild.automod;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * A guild's auto moderation rule: what it watches for, when it is checked and what it does when it
 * fires. Maps Discord's "Auto Moderation Rule Object" (resources/auto-moderation).
 *
 * @param id the rule's id
 * @param guildId the guild the rule belongs to
 * @param name the rule's name
 * @param creatorId the user who first made the rule
 * @param eventType when the rule is checked
 * @param triggerType what kind of content makes the rule fire
 * @param triggerMetadata the settings of the trigger; which of its fields are set depends on {@code
 *     triggerType}
 * @param actions what happens when the rule fires, in order
 * @param enabled whether the rule is on
 * @param exemptRoles roles whose members the rule ignores (at most 20)
 * @param exemptChannels channels the rule ignores (at most 50)
 */
public record AutoModerationRule(
    Id<AutoModerationRuleMarker> id,
    Id<GuildMarker> guildId,
    String name,
    Id<UserMarker> creatorId,
    AutoModerationEventType eventType,
    TriggerType triggerType,
    TriggerMetadata triggerMetadata,
    List<AutoModerationAction> actions,
    boolean enabled,
    List<Id<RoleMarker>> exemptRoles,
    List<Id<ChannelMarker>> exemptChannels) {}
