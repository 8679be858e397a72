package dev.gloam.http.request.automoderation;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.automod.AutoModerationEventType;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.Check;

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
public final class CreateAutoModerationRule
    extends AutoModerationRuleFields<CreateAutoModerationRule> {
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
    super(transport, Route.CREATE_AUTO_MODERATION_RULE, guildId);
    name(name);
    eventType(eventType);
    triggerType(triggerType);
  }

  @Override
  CreateAutoModerationRule self() {
    return this;
  }

  /** A new keyword preset or member profile rule cannot do without trigger metadata. */
  @Override
  protected void validate() {
    if (missesTriggerMetadata()) {
      Check.required(
          "trigger_metadata",
          null,
          "keyword preset and member profile rules need trigger metadata");
    }
    super.validate();
  }
}
