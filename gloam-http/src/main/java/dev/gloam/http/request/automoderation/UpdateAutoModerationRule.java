package dev.gloam.http.request.automoderation;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.automod.AutoModerationAction;
import dev.gloam.model.guild.automod.AutoModerationEventType;
import dev.gloam.model.guild.automod.AutoModerationRule;
import dev.gloam.model.guild.automod.TriggerMetadata;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.automoderation.AutoModerationChecks;
import java.util.List;

/**
 * Changes an auto moderation rule of a guild. Maps "Modify Auto Moderation Rule" ({@code PATCH
 * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}}, resources/auto-moderation).
 * Obtained from {@link dev.gloam.http.AutoModerationRequests#updateAutoModerationRule}.
 *
 * <pre>{@code
 * client.updateAutoModerationRule(guildId, ruleId).enabled(false).reason("too strict").send();
 * }</pre>
 */
public final class UpdateAutoModerationRule extends Request<AutoModerationRule> {
  private TriggerType triggerType;
  private TriggerMetadata triggerMetadata;

  /**
   * Creates the request; use {@link dev.gloam.http.AutoModerationRequests#updateAutoModerationRule}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param ruleId the rule
   */
  public UpdateAutoModerationRule(
      Transport transport, Id<GuildMarker> guildId, Id<AutoModerationRuleMarker> ruleId) {
    super(
        transport,
        Route.UPDATE_AUTO_MODERATION_RULE,
        BodyReader.of(AutoModerationRule.class),
        guildId,
        ruleId);
  }

  /**
   * Sets the name, up to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateAutoModerationRule name(String name) {
    json().set("name", name);
    check(() -> AutoModerationChecks.name(name));
    return this;
  }

  /**
   * Sets what the rule looks at: messages being sent, or members joining or changing their profile.
   *
   * @param eventType the event type
   * @return this request
   */
  public UpdateAutoModerationRule eventType(AutoModerationEventType eventType) {
    json().set("event_type", eventType);
    return this;
  }

  /**
   * Sets the trigger type. Discord does not let a rule's trigger type change; setting the rule's
   * own type here only lets the trigger metadata be checked against that type's limits.
   *
   * @param triggerType the trigger type
   * @return this request
   */
  public UpdateAutoModerationRule triggerType(TriggerType triggerType) {
    json().set("trigger_type", triggerType);
    this.triggerType = triggerType;
    return this;
  }

  /**
   * Sets what the trigger matches: keywords, regular expressions and allowed words, keyword
   * presets, or the mention limit, as the trigger type uses them. The limits of each list depend on
   * the trigger type.
   *
   * @param triggerMetadata the metadata
   * @return this request
   */
  public UpdateAutoModerationRule triggerMetadata(TriggerMetadata triggerMetadata) {
    json().set("trigger_metadata", triggerMetadata);
    this.triggerMetadata = triggerMetadata;
    return this;
  }

  /**
   * Sets what happens when the rule triggers, 1 to 5 actions: block the message, send an alert,
   * time the member out, or block their interactions.
   *
   * @param actions the actions
   * @return this request
   */
  public UpdateAutoModerationRule actions(List<? extends AutoModerationAction> actions) {
    List<AutoModerationAction> copy = List.copyOf(actions);
    json().set("actions", copy);
    check(() -> AutoModerationChecks.actions(copy));
    return this;
  }

  /**
   * Sets what happens when the rule triggers, 1 to 5 actions.
   *
   * @param actions the actions
   * @return this request
   */
  public UpdateAutoModerationRule actions(AutoModerationAction... actions) {
    return actions(List.of(actions));
  }

  /**
   * Sets whether the rule is on.
   *
   * @param enabled {@code true} to enable it
   * @return this request
   */
  public UpdateAutoModerationRule enabled(boolean enabled) {
    json().set("enabled", enabled);
    return this;
  }

  /**
   * Sets the roles the rule ignores, at most 20.
   *
   * @param exemptRoles the roles
   * @return this request
   */
  public UpdateAutoModerationRule exemptRoles(List<Id<RoleMarker>> exemptRoles) {
    List<Id<RoleMarker>> copy = List.copyOf(exemptRoles);
    json().set("exempt_roles", copy);
    check(() -> AutoModerationChecks.exemptRoles(copy));
    return this;
  }

  /**
   * Sets the channels the rule ignores, at most 50.
   *
   * @param exemptChannels the channels
   * @return this request
   */
  public UpdateAutoModerationRule exemptChannels(List<Id<ChannelMarker>> exemptChannels) {
    List<Id<ChannelMarker>> copy = List.copyOf(exemptChannels);
    json().set("exempt_channels", copy);
    check(() -> AutoModerationChecks.exemptChannels(copy));
    return this;
  }

  @Override
  protected void validate() {
    AutoModerationChecks.triggerMetadata(triggerType, triggerMetadata);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateAutoModerationRule reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
