package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.widget.WidgetStyle;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the guild's widget as a PNG image; the answer is the image's bytes. Maps "Get Guild Widget
 * Image" ({@code GET /guilds/{guild.id}/widget.png}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildWidgetImage}.
 *
 * <pre>{@code
 * byte[] png = client.guildWidgetImage(guildId).style(WidgetStyle.BANNER2).send().model();
 * }</pre>
 */
public final class GetGuildWidgetImage extends Request<byte[]> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildWidgetImage} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildWidgetImage(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_WIDGET_PNG, BodyReader.bytes(), guildId);
  }

  /**
   * Sets the image's style; the default is {@link WidgetStyle#SHIELD}.
   *
   * @param style the style
   * @return this request
   */
  public GetGuildWidgetImage style(WidgetStyle style) {
    query().set("style", style.value());
    return this;
  }
}
