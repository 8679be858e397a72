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
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.automoderation.AutoModerationChecks;
import java.util.List;

/**
 * Creates an auto moderation rule in a guild. Maps "Create Auto Moderation Rule" ({@code POST
 * /guilds/{guild.id}/auto-moderation/rules}, resources/auto-moderation). Obtained from {@link
 * dev.gloam.http.AutoModerationRequests#createAutoModerationRule}.
 *
 * <pre>{@code
 * AutoModerationRule rule =
 *     client
 *         .createAutoModerationRule(
 *             guildId, "no spam", AutoModerationEventType.MESSAGE_SEND, TriggerType.SPAM)
 *         .actions(new BlockMessageAction(Optional.empty()))
 *         .enabled(true)
 *         .send()
 *         .model();
 * }</pre>
 */
public final class CreateAutoModerationRule extends Request<AutoModerationRule> {
  private TriggerType triggerType;
  private TriggerMetadata triggerMetadata;

  /**
   * Creates the request; use {@link dev.gloam.http.AutoModerationRequests#createAutoModerationRule}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the name, up to 100 characters
   * @param eventType what the rule looks at
   * @param triggerType what triggers it
   */
  public CreateAutoModerationRule(
      Transport transport,
      Id<GuildMarker> guildId,
      String name,
      AutoModerationEventType eventType,
      TriggerType triggerType) {
    super(
        transport,
        Route.CREATE_AUTO_MODERATION_RULE,
        BodyReader.of(AutoModerationRule.class),
        guildId);
    name(name);
    eventType(eventType);
    triggerType(triggerType);
  }

  /**
   * Sets the name, up to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateAutoModerationRule name(String name) {
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
  public CreateAutoModerationRule eventType(AutoModerationEventType eventType) {
    json().set("event_type", eventType);
    return this;
  }

  /**
   * Sets what triggers the rule: keywords, spam, keyword presets, mention spam or member profiles.
   *
   * @param triggerType the trigger type
   * @return this request
   */
  public CreateAutoModerationRule triggerType(TriggerType triggerType) {
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
  public CreateAutoModerationRule triggerMetadata(TriggerMetadata triggerMetadata) {
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
  public CreateAutoModerationRule actions(List<? extends AutoModerationAction> actions) {
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
  public CreateAutoModerationRule actions(AutoModerationAction... actions) {
    return actions(List.of(actions));
  }

  /**
   * Sets whether the rule is on.
   *
   * @param enabled {@code true} to enable it
   * @return this request
   */
  public CreateAutoModerationRule enabled(boolean enabled) {
    json().set("enabled", enabled);
    return this;
  }

  /**
   * Sets the roles the rule ignores, at most 20.
   *
   * @param exemptRoles the roles
   * @return this request
   */
  public CreateAutoModerationRule exemptRoles(List<Id<RoleMarker>> exemptRoles) {
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
  public CreateAutoModerationRule exemptChannels(List<Id<ChannelMarker>> exemptChannels) {
    List<Id<ChannelMarker>> copy = List.copyOf(exemptChannels);
    json().set("exempt_channels", copy);
    check(() -> AutoModerationChecks.exemptChannels(copy));
    return this;
  }

  @Override
  protected void validate() {
    if (triggerMetadata == null
        && (TriggerType.KEYWORD_PRESET.equals(triggerType)
            || TriggerType.MEMBER_PROFILE.equals(triggerType))) {
      Check.required(
          "trigger_metadata",
          null,
          "keyword preset and member profile rules need trigger metadata");
    }
    AutoModerationChecks.triggerMetadata(triggerType, triggerMetadata);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateAutoModerationRule reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
