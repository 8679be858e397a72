package dev.gloam.http.request.automoderation;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.automod.AutoModerationRule;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Gets the auto moderation rules of a guild. Maps "List Auto Moderation Rules for Guild" ({@code
 * GET /guilds/{guild.id}/auto-moderation/rules}, resources/auto-moderation). Obtained from {@link
 * dev.gloam.http.AutoModerationRequests#autoModerationRules}.
 *
 * <pre>{@code
 * List<AutoModerationRule> rules = client.autoModerationRules(guildId).send().model();
 * }</pre>
 */
public final class GetAutoModerationRules extends Request<List<AutoModerationRule>> {
  /**
   * Creates the request; use {@link dev.gloam.http.AutoModerationRequests#autoModerationRules}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetAutoModerationRules(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.LIST_AUTO_MODERATION_RULES,
        BodyReader.listOf(AutoModerationRule.class),
        guildId);
  }
}
