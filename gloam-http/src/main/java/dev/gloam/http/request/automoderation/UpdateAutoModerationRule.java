package dev.gloam.http.request.automoderation;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Changes an auto moderation rule of a guild; only the fields set are sent. Maps "Modify Auto
 * Moderation Rule" ({@code PATCH
 * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}}, resources/auto-moderation).
 * Obtained from {@link dev.gloam.http.AutoModerationRequests#updateAutoModerationRule}.
 *
 * <pre>{@code
 * client.updateAutoModerationRule(guildId, ruleId).enabled(false).reason("too strict").send();
 * }</pre>
 */
public final class UpdateAutoModerationRule
    extends AutoModerationRuleFields<UpdateAutoModerationRule> {
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
    super(transport, Route.UPDATE_AUTO_MODERATION_RULE, guildId, ruleId);
  }

  @Override
  UpdateAutoModerationRule self() {
    return this;
  }
}
