package dev.gloam.http.request.guild;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.DefaultMessageNotificationLevel;
import dev.gloam.model.guild.ExplicitContentFilterLevel;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.guild.SystemChannelFlags;
import dev.gloam.model.guild.VerificationLevel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.guild.GuildChecks;
import java.util.List;

/**
 * Changes a guild's settings; only the fields set are sent, and a field set to {@code null} is
 * cleared. Maps "Modify Guild" ({@code PATCH /guilds/{guild.id}}, resources/guild). Obtained from
 * {@link dev.gloam.http.GuildRequests#updateGuild}.
 *
 * <p>Images (icon, splash, discovery splash, banner, home header) are <a
 * href="https://discord.com/developers/docs/reference#image-data">data URIs</a> such as {@code
 * data:image/png;base64,iVBORw0...}.
 *
 * <pre>{@code
 * Guild guild = client.updateGuild(guildId)
 *     .name("Lantern Club")
 *     .systemChannelFlags(SystemChannelFlags.SUPPRESS_JOIN_NOTIFICATIONS)
 *     .reason("rebrand")
 *     .send().model();
 * }</pre>
 */
public final class UpdateGuild extends Request<Guild> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuild} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuild(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.UPDATE_GUILD, BodyReader.of(Guild.class), guildId);
  }

  /**
   * Sets the guild's name, 2 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuild name(String name) {
    json().set("name", name);
    check(() -> GuildChecks.name(name));
    return this;
  }

  /**
   * Sets the guild's description (up to 300 characters), or clears it.
   *
   * @param description the description, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuild description(String description) {
    json().set("description", description);
    check(() -> GuildChecks.description(description));
    return this;
  }

  /**
   * Sets the guild's voice region id (deprecated: regions are chosen per voice channel now).
   *
   * @param region the region id, or {@code null} for automatic
   * @return this request
   */
  public UpdateGuild region(String region) {
    json().set("region", region);
    return this;
  }

  /**
   * Sets what members must have verified before they may talk.
   *
   * @param level the level, or {@code null} to reset it
   * @return this request
   */
  public UpdateGuild verificationLevel(VerificationLevel level) {
    json().set("verification_level", level);
    return this;
  }

  /**
   * Sets which messages notify members by default.
   *
   * @param level the level, or {@code null} to reset it
   * @return this request
   */
  public UpdateGuild defaultMessageNotifications(DefaultMessageNotificationLevel level) {
    json().set("default_message_notifications", level);
    return this;
  }

  /**
   * Sets whose messages Discord scans for explicit media.
   *
   * @param level the level, or {@code null} to reset it
   * @return this request
   */
  public UpdateGuild explicitContentFilter(ExplicitContentFilterLevel level) {
    json().set("explicit_content_filter", level);
    return this;
  }

  /**
   * Sets the preferred locale of a Community guild.
   *
   * @param locale the locale, or {@code null} for the default ({@code en-US})
   * @return this request
   */
  public UpdateGuild preferredLocale(DiscordLocale locale) {
    json().set("preferred_locale", locale);
    return this;
  }

  /**
   * Sets after how many idle seconds voice members move to the AFK channel: 60, 300, 900, 1800 or
   * 3600.
   *
   * @param seconds the timeout
   * @return this request
   */
  public UpdateGuild afkTimeout(int seconds) {
    json().set("afk_timeout", seconds);
    check(() -> GuildChecks.afkTimeout(seconds));
    return this;
  }

  /**
   * Sets the AFK voice channel.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public UpdateGuild afkChannelId(Id<ChannelMarker> channelId) {
    json().set("afk_channel_id", channelId);
    return this;
  }

  /**
   * Sets the channel where Discord posts welcome and boost messages.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public UpdateGuild systemChannelId(Id<ChannelMarker> channelId) {
    json().set("system_channel_id", channelId);
    return this;
  }

  /**
   * Sets which messages the system channel leaves out.
   *
   * @param flags the flags
   * @return this request
   */
  public UpdateGuild systemChannelFlags(SystemChannelFlags flags) {
    json().set("system_channel_flags", flags);
    return this;
  }

  /**
   * Sets the rules channel of a Community guild.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public UpdateGuild rulesChannelId(Id<ChannelMarker> channelId) {
    json().set("rules_channel_id", channelId);
    return this;
  }

  /**
   * Sets the channel where moderators of a Community guild get notices from Discord.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public UpdateGuild publicUpdatesChannelId(Id<ChannelMarker> channelId) {
    json().set("public_updates_channel_id", channelId);
    return this;
  }

  /**
   * Sets the channel where moderators of a Community guild get safety alerts.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public UpdateGuild safetyAlertsChannelId(Id<ChannelMarker> channelId) {
    json().set("safety_alerts_channel_id", channelId);
    return this;
  }

  /**
   * Sets the guild's icon, a 1024x1024 PNG, JPEG or (with {@code ANIMATED_ICON}) GIF.
   *
   * @param icon the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateGuild icon(DataUri icon) {
    json().set("icon", icon == null ? null : icon.uri());
    return this;
  }

  /**
   * Sets the invite splash image (with the {@code INVITE_SPLASH} feature).
   *
   * @param splash the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateGuild splash(DataUri splash) {
    json().set("splash", splash == null ? null : splash.uri());
    return this;
  }

  /**
   * Sets the discovery splash image (with the {@code DISCOVERABLE} feature).
   *
   * @param splash the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateGuild discoverySplash(DataUri splash) {
    json().set("discovery_splash", splash == null ? null : splash.uri());
    return this;
  }

  /**
   * Sets the banner image (with the {@code BANNER} feature).
   *
   * @param banner the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateGuild banner(DataUri banner) {
    json().set("banner", banner == null ? null : banner.uri());
    return this;
  }

  /**
   * Sets the header image of the guild's home (OpenAPI only).
   *
   * @param homeHeader the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateGuild homeHeader(DataUri homeHeader) {
    json().set("home_header", homeHeader == null ? null : homeHeader.uri());
    return this;
  }

  /**
   * Sets the guild's features. Only some may be switched by the guild itself (such as {@code
   * COMMUNITY}, which needs {@code ADMINISTRATOR}, {@code DISCOVERABLE} and {@code
   * INVITES_DISABLED}); send the current list with the change applied.
   *
   * @param features the features
   * @return this request
   */
  public UpdateGuild features(List<GuildFeature> features) {
    json().set("features", List.copyOf(features));
    return this;
  }

  /**
   * Sets whether the boost progress bar is shown.
   *
   * @param enabled {@code true} to show it
   * @return this request
   */
  public UpdateGuild premiumProgressBarEnabled(boolean enabled) {
    json().set("premium_progress_bar_enabled", enabled);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuild reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
