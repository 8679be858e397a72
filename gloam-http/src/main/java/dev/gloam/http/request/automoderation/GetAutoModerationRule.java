package dev.gloam.http.request.automoderation;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.automod.AutoModerationRule;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets one auto moderation rule of a guild. Maps "Get Auto Moderation Rule" ({@code GET
 * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}}, resources/auto-moderation).
 * Obtained from {@link dev.gloam.http.AutoModerationRequests#autoModerationRule}.
 *
 * <pre>{@code
 * AutoModerationRule rule = client.autoModerationRule(guildId, ruleId).send().model();
 * }</pre>
 */
public final class GetAutoModerationRule extends Request<AutoModerationRule> {
  /**
   * Creates the request; use {@link dev.gloam.http.AutoModerationRequests#autoModerationRule}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param ruleId the rule
   */
  public GetAutoModerationRule(
      Transport transport, Id<GuildMarker> guildId, Id<AutoModerationRuleMarker> ruleId) {
    super(
        transport,
        Route.GET_AUTO_MODERATION_RULE,
        BodyReader.of(AutoModerationRule.class),
        guildId,
        ruleId);
  }
}
