package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.validate.role.RoleChecks;

/**
 * The setters of a role's fields, shared by creating and changing a role (resources/guild, "Create
 * Guild Role" and "Modify Guild Role"), whose bodies are the same. Each value is checked against
 * Discord's limits when the request is sent.
 *
 * <pre>{@code
 * client.createGuildRole(guildId).name("Moderators").mentionable(true).send();
 * }</pre>
 *
 * @param <R> the request type, returned by each setter for chaining
 */
public abstract sealed class RoleFields<R extends RoleFields<R>> extends Request<Role>
    permits CreateGuildRole, UpdateGuildRole {
  /**
   * Creates the request.
   *
   * @param transport the client's transport
   * @param route the create or modify route
   * @param pathValues the guild, and the role when changing one
   */
  RoleFields(Transport transport, Route route, Object... pathValues) {
    super(transport, route, BodyReader.of(Role.class), pathValues);
  }

  /**
   * Returns this request, typed for chaining.
   *
   * @return this request
   */
  abstract R self();

  /**
   * Sets the role's name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public R name(String name) {
    json().set("name", name);
    check(() -> RoleChecks.name(name));
    return self();
  }

  /**
   * Sets the role's permissions.
   *
   * @param permissions the permissions
   * @return this request
   */
  public R permissions(Permissions permissions) {
    json().set("permissions", permissions);
    return self();
  }

  /**
   * Sets the role's color as an RGB value, {@code 0} for none. Deprecated by Discord in favour of
   * {@link #colors}.
   *
   * @param color the color, {@code 0x000000} to {@code 0xFFFFFF}
   * @return this request
   */
  public R color(int color) {
    json().set("color", color);
    check(() -> RoleChecks.color("color", color));
    return self();
  }

  /**
   * Sets the role's colors: a primary color, and a secondary and tertiary one for gradient and
   * holographic roles (with the guild's {@code ENHANCED_ROLE_COLORS} feature).
   *
   * @param colors the colors, or {@code null} to reset them when changing a role
   * @return this request
   */
  public R colors(RoleColors colors) {
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
    return self();
  }

  /**
   * Sets whether members with the role are listed apart from online members.
   *
   * @param hoist {@code true} to list them apart
   * @return this request
   */
  public R hoist(boolean hoist) {
    json().set("hoist", hoist);
    return self();
  }

  /**
   * Sets the role's icon; icons and unicode emojis need the guild's {@code ROLE_ICONS} feature.
   *
   * @param icon the image as a data URI such as {@code data:image/png;base64,iVBORw0...}, or {@code
   *     null} for none
   * @return this request
   */
  public R icon(DataUri icon) {
    json().set("icon", icon == null ? null : icon.uri());
    return self();
  }

  /**
   * Sets a standard emoji as the role's icon, up to 100 characters.
   *
   * @param emoji the emoji, or {@code null} for none
   * @return this request
   */
  public R unicodeEmoji(String emoji) {
    json().set("unicode_emoji", emoji);
    check(() -> RoleChecks.unicodeEmoji(emoji));
    return self();
  }

  /**
   * Sets whether anyone may mention the role.
   *
   * @param mentionable {@code true} to allow mentions
   * @return this request
   */
  public R mentionable(boolean mentionable) {
    json().set("mentionable", mentionable);
    return self();
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public R reason(String reason) {
    auditLogReason(reason);
    return self();
  }
}
