package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.widget.GuildWidgetSettings;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Turns the guild's widget on or off and picks the channel its invite leads to. Maps "Modify Guild
 * Widget" ({@code PATCH /guilds/{guild.id}/widget}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#updateGuildWidgetSettings}.
 *
 * <pre>{@code
 * client.updateGuildWidgetSettings(guildId).enabled(true).channelId(lobbyId).send();
 * }</pre>
 */
public final class UpdateGuildWidgetSettings extends Request<GuildWidgetSettings> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildWidgetSettings}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuildWidgetSettings(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.UPDATE_GUILD_WIDGET_SETTINGS,
        BodyReader.of(GuildWidgetSettings.class),
        guildId);
  }

  /**
   * Sets whether the widget is enabled.
   *
   * @param enabled {@code true} to enable it
   * @return this request
   */
  public UpdateGuildWidgetSettings enabled(boolean enabled) {
    json().set("enabled", enabled);
    return this;
  }

  /**
   * Sets the channel the widget's invite leads to.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public UpdateGuildWidgetSettings channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildWidgetSettings reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
