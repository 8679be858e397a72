package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.widget.GuildWidget;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the public widget of a guild: its voice channels, online members and an invite. Maps "Get
 * Guild Widget" ({@code GET /guilds/{guild.id}/widget.json}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildWidget}.
 *
 * <pre>{@code
 * GuildWidget widget = client.guildWidget(guildId).send().model();
 * }</pre>
 */
public final class GetGuildWidget extends Request<GuildWidget> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildWidget} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildWidget(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_WIDGET, BodyReader.of(GuildWidget.class), guildId);
  }
}
