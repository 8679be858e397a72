package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.role.RoleChecks;

/**
 * Changes a role; only the fields set are sent. Maps "Modify Guild Role" ({@code PATCH
 * /guilds/{guild.id}/roles/{role.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.RoleRequests#updateGuildRole}.
 *
 * <p>Role icons and unicode emojis need the guild's {@code ROLE_ICONS} feature; the icon is a data
 * URI such as {@code data:image/png;base64,iVBORw0...}.
 *
 * <pre>{@code
 * client.updateGuildRole(guildId, roleId).colors(new RoleColors(0x3498DB, Optional.empty(), Optional.empty())).send();
 * }</pre>
 */
public final class UpdateGuildRole extends Request<Role> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#updateGuildRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param roleId the role
   */
  public UpdateGuildRole(Transport transport, Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    super(transport, Route.UPDATE_GUILD_ROLE, BodyReader.of(Role.class), guildId, roleId);
  }

  /**
   * Sets the role's name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuildRole name(String name) {
    json().set("name", name);
    check(() -> RoleChecks.name(name));
    return this;
  }

  /**
   * Sets the role's permissions.
   *
   * @param permissions the permissions
   * @return this request
   */
  public UpdateGuildRole permissions(Permissions permissions) {
    json().set("permissions", permissions);
    return this;
  }

  /**
   * Sets the role's color as an RGB value, {@code 0} for none. Deprecated by Discord in favour of
   * {@link #colors}.
   *
   * @param color the color, {@code 0x000000} to {@code 0xFFFFFF}
   * @return this request
   */
  public UpdateGuildRole color(int color) {
    json().set("color", color);
    check(() -> RoleChecks.color("color", color));
    return this;
  }

  /**
   * Sets the role's colors: a primary color, and a secondary and tertiary one for gradient and
   * holographic roles (with the guild's {@code ENHANCED_ROLE_COLORS} feature).
   *
   * @param colors the colors, or {@code null} to reset it
   * @return this request
   */
  public UpdateGuildRole colors(RoleColors colors) {
    json().set("colors", colors);
    check(
        () -> {
          if (colors != null) {
            RoleChecks.color("colors.primary_color", colors.primaryColor());
            colors
                .secondaryColor()
                .ifPresent(color -> RoleChecks.color("colors.secondary_color", color));
            colors
                .tertiaryColor()
                .ifPresent(color -> RoleChecks.color("colors.tertiary_color", color));
          }
        });
    return this;
  }

  /**
   * Sets whether members with the role are listed apart from online members.
   *
   * @param hoist {@code true} to list them apart
   * @return this request
   */
  public UpdateGuildRole hoist(boolean hoist) {
    json().set("hoist", hoist);
    return this;
  }

  /**
   * Sets the role's icon.
   *
   * @param icon the image as a data URI, or {@code null} for none
   * @return this request
   */
  public UpdateGuildRole icon(String icon) {
    json().set("icon", icon);
    return this;
  }

  /**
   * Sets a standard emoji as the role's icon, up to 100 characters.
   *
   * @param emoji the emoji, or {@code null} for none
   * @return this request
   */
  public UpdateGuildRole unicodeEmoji(String emoji) {
    json().set("unicode_emoji", emoji);
    check(() -> RoleChecks.unicodeEmoji(emoji));
    return this;
  }

  /**
   * Sets whether anyone may mention the role.
   *
   * @param mentionable {@code true} to allow mentions
   * @return this request
   */
  public UpdateGuildRole mentionable(boolean mentionable) {
    json().set("mentionable", mentionable);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildRole reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
