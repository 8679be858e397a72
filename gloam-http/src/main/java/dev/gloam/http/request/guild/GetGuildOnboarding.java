package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.onboarding.GuildOnboarding;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the guild's onboarding: its prompts, default channels and mode. Maps "Get Guild Onboarding"
 * ({@code GET /guilds/{guild.id}/onboarding}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildOnboarding}.
 *
 * <pre>{@code
 * GuildOnboarding onboarding = client.guildOnboarding(guildId).send().model();
 * }</pre>
 */
public final class GetGuildOnboarding extends Request<GuildOnboarding> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildOnboarding} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildOnboarding(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILDS_ONBOARDING, BodyReader.of(GuildOnboarding.class), guildId);
  }
}
