package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.widget.GuildWidgetSettings;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets whether the guild's widget is enabled and which channel its invites lead to. Maps "Get Guild
 * Widget Settings" ({@code GET /guilds/{guild.id}/widget}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildWidgetSettings}.
 *
 * <pre>{@code
 * boolean on = client.guildWidgetSettings(guildId).send().model().enabled();
 * }</pre>
 */
public final class GetGuildWidgetSettings extends Request<GuildWidgetSettings> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildWidgetSettings} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildWidgetSettings(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.GET_GUILD_WIDGET_SETTINGS,
        BodyReader.of(GuildWidgetSettings.class),
        guildId);
  }
}
