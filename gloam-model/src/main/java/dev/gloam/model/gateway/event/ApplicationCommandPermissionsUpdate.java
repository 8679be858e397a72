package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.application.command.GuildApplicationCommandPermissions;

/**
 * The permissions of an application command in a guild changed. Maps Discord's "Application Command
 * Permissions Update" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param permissions the command's permissions in the guild as they are now
 */
public record ApplicationCommandPermissionsUpdate(
    @JsonValue GuildApplicationCommandPermissions permissions) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param permissions the command's permissions in the guild as they are now
   * @return the event
   */
  @JsonCreator
  public static ApplicationCommandPermissionsUpdate of(
      GuildApplicationCommandPermissions permissions) {
    return new ApplicationCommandPermissionsUpdate(permissions);
  }

  @Override
  public EventType kind() {
    return EventType.APPLICATION_COMMAND_PERMISSIONS_UPDATE;
  }
}
