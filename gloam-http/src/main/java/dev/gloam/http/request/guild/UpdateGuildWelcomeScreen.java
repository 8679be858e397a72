package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.WelcomeScreen;
import dev.gloam.model.guild.WelcomeScreenChannel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.guild.WelcomeScreenChecks;
import java.util.List;

/**
 * Changes the welcome screen of a Community guild. Maps "Modify Guild Welcome Screen" ({@code PATCH
 * /guilds/{guild.id}/welcome-screen}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#updateGuildWelcomeScreen}.
 *
 * <pre>{@code
 * client.updateGuildWelcomeScreen(guildId)
 *     .enabled(true)
 *     .description("Pull up a chair")
 *     .welcomeChannels(List.of(new WelcomeScreenChannel(rulesId, "Read first",
 *         Optional.empty(), Optional.of("\uD83D\uDCDC"))))
 *     .send();
 * }</pre>
 */
public final class UpdateGuildWelcomeScreen extends Request<WelcomeScreen> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildWelcomeScreen} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuildWelcomeScreen(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport, Route.UPDATE_GUILD_WELCOME_SCREEN, BodyReader.of(WelcomeScreen.class), guildId);
  }

  /**
   * Sets whether the welcome screen is shown.
   *
   * @param enabled {@code true} to show it
   * @return this request
   */
  public UpdateGuildWelcomeScreen enabled(boolean enabled) {
    json().set("enabled", enabled);
    return this;
  }

  /**
   * Sets the text at the top of the welcome screen (up to 140 characters), or clears it.
   *
   * @param description the text, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuildWelcomeScreen description(String description) {
    json().set("description", description);
    check(() -> WelcomeScreenChecks.description(description));
    return this;
  }

  /**
   * Sets the channels the welcome screen suggests (up to 5), each with a description of 1 to 50
   * characters and an optional emoji.
   *
   * @param channels the channels, or {@code null} to clear them
   * @return this request
   */
  public UpdateGuildWelcomeScreen welcomeChannels(List<WelcomeScreenChannel> channels) {
    List<WelcomeScreenChannel> copy = channels == null ? null : List.copyOf(channels);
    json().set("welcome_channels", copy);
    check(
        () -> {
          WelcomeScreenChecks.welcomeChannels(copy);
          if (copy != null) {
            for (int i = 0; i < copy.size(); i++) {
              WelcomeScreenChecks.channelDescription(i, copy.get(i).description());
            }
          }
        });
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildWelcomeScreen reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
