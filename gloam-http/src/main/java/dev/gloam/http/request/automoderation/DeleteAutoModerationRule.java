package dev.gloam.http.request.automoderation;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Deletes an auto moderation rule of a guild. Maps "Delete Auto Moderation Rule" ({@code DELETE
 * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}}, resources/auto-moderation).
 * Obtained from {@link dev.gloam.http.AutoModerationRequests#deleteAutoModerationRule}.
 *
 * <pre>{@code
 * client.deleteAutoModerationRule(guildId, ruleId).send();
 * }</pre>
 */
public final class DeleteAutoModerationRule extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.AutoModerationRequests#deleteAutoModerationRule}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param ruleId the rule
   */
  public DeleteAutoModerationRule(
      Transport transport, Id<GuildMarker> guildId, Id<AutoModerationRuleMarker> ruleId) {
    super(transport, Route.DELETE_AUTO_MODERATION_RULE, BodyReader.empty(), guildId, ruleId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteAutoModerationRule reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
