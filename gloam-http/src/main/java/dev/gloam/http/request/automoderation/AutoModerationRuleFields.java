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
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.automoderation.AutoModerationChecks;
import java.util.List;

/**
 * The setters of an auto moderation rule's fields, shared by creating and changing a rule
 * (resources/auto-moderation, "Create Auto Moderation Rule" and "Modify Auto Moderation Rule").
 * Each value is checked against Discord's limits when the request is sent, and the trigger metadata
 * against the limits of the trigger type.
 *
 * <pre>{@code
 * client.updateAutoModerationRule(guildId, ruleId).exemptRoles(List.of(modsId)).send();
 * }</pre>
 *
 * @param <R> the request type, returned by each setter for chaining
 */
public abstract sealed class AutoModerationRuleFields<R extends AutoModerationRuleFields<R>>
    extends Request<AutoModerationRule> permits CreateAutoModerationRule, UpdateAutoModerationRule {
  private TriggerType triggerType;
  private TriggerMetadata triggerMetadata;

  /**
   * Creates the request.
   *
   * @param transport the client's transport
   * @param route the create or modify route
   * @param pathValues the guild, and the rule when changing one
   */
  AutoModerationRuleFields(Transport transport, Route route, Object... pathValues) {
    super(transport, route, BodyReader.of(AutoModerationRule.class), pathValues);
  }

  /**
   * Returns this request, typed for chaining.
   *
   * @return this request
   */
  abstract R self();

  /**
   * Sets the name, up to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public R name(String name) {
    json().set("name", name);
    check(() -> AutoModerationChecks.name(name));
    return self();
  }

  /**
   * Sets what the rule looks at: messages being sent, or members joining or changing their profile.
   *
   * @param eventType the event type
   * @return this request
   */
  public R eventType(AutoModerationEventType eventType) {
    json().set("event_type", eventType);
    return self();
  }

  /**
   * Sets what triggers the rule: keywords, spam, keyword presets, mention spam or member profiles.
   * Discord does not let a rule's trigger type change; when changing a rule, setting its own type
   * here only lets the trigger metadata be checked against that type's limits.
   *
   * @param triggerType the trigger type
   * @return this request
   */
  public R triggerType(TriggerType triggerType) {
    json().set("trigger_type", triggerType);
    this.triggerType = triggerType;
    return self();
  }

  /**
   * Sets what the trigger matches: keywords, regular expressions and allowed words, keyword
   * presets, or the mention limit, as the trigger type uses them. The limits of each list depend on
   * the trigger type.
   *
   * @param triggerMetadata the metadata
   * @return this request
   */
  public R triggerMetadata(TriggerMetadata triggerMetadata) {
    json().set("trigger_metadata", triggerMetadata);
    this.triggerMetadata = triggerMetadata;
    return self();
  }

  /**
   * Sets what happens when the rule triggers, 1 to 5 actions: block the message, send an alert,
   * time the member out, or block their interactions.
   *
   * @param actions the actions
   * @return this request
   */
  public R actions(List<? extends AutoModerationAction> actions) {
    List<AutoModerationAction> copy = List.copyOf(actions);
    json().set("actions", copy);
    check(() -> AutoModerationChecks.actions(copy));
    return self();
  }

  /**
   * Sets what happens when the rule triggers, 1 to 5 actions.
   *
   * @param actions the actions
   * @return this request
   */
  public R actions(AutoModerationAction... actions) {
    return actions(List.of(actions));
  }

  /**
   * Sets whether the rule is on.
   *
   * @param enabled {@code true} to enable it
   * @return this request
   */
  public R enabled(boolean enabled) {
    json().set("enabled", enabled);
    return self();
  }

  /**
   * Sets the roles the rule ignores, at most 20.
   *
   * @param exemptRoles the roles
   * @return this request
   */
  public R exemptRoles(List<Id<RoleMarker>> exemptRoles) {
    List<Id<RoleMarker>> copy = List.copyOf(exemptRoles);
    json().set("exempt_roles", copy);
    check(() -> AutoModerationChecks.exemptRoles(copy));
    return self();
  }

  /**
   * Sets the channels the rule ignores, at most 50.
   *
   * @param exemptChannels the channels
   * @return this request
   */
  public R exemptChannels(List<Id<ChannelMarker>> exemptChannels) {
    List<Id<ChannelMarker>> copy = List.copyOf(exemptChannels);
    json().set("exempt_channels", copy);
    check(() -> AutoModerationChecks.exemptChannels(copy));
    return self();
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public R reason(String reason) {
    auditLogReason(reason);
    return self();
  }

  /**
   * Checks the trigger metadata against the limits of the trigger type; a rule whose type is not
   * known here (a change that leaves it out) gets only the checks common to every type.
   */
  @Override
  protected void validate() {
    AutoModerationChecks.triggerMetadata(triggerType, triggerMetadata);
  }

  /**
   * Returns whether the trigger type set needs trigger metadata, which keyword preset and member
   * profile rules cannot do without.
   *
   * @return {@code true} if the type needs metadata and none was set
   */
  final boolean missesTriggerMetadata() {
    return triggerMetadata == null
        && (TriggerType.KEYWORD_PRESET.equals(triggerType)
            || TriggerType.MEMBER_PROFILE.equals(triggerType));
  }
}
