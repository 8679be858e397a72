package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.WelcomeScreen;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the welcome screen new members of a Community guild see. Maps "Get Guild Welcome Screen"
 * ({@code GET /guilds/{guild.id}/welcome-screen}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildWelcomeScreen}.
 *
 * <pre>{@code
 * WelcomeScreen screen = client.guildWelcomeScreen(guildId).send().model();
 * }</pre>
 */
public final class GetGuildWelcomeScreen extends Request<WelcomeScreen> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildWelcomeScreen} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildWelcomeScreen(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_WELCOME_SCREEN, BodyReader.of(WelcomeScreen.class), guildId);
  }
}
