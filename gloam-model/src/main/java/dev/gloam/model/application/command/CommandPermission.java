package dev.gloam.model.application.command;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * One overwrite of who may use a command, or where. Maps Discord's "Application Command Permissions
 * Structure" (interactions/application-commands).
 *
 * @param id the role, user or channel the overwrite targets; the guild's id stands for
 *     {@code @everyone} and the guild's id minus 1 for all channels (see {@link #everyone(Id)} and
 *     {@link #allChannels(Id)})
 * @param type what {@code id} names
 * @param permission {@code true} to allow, {@code false} to deny
 */
public record CommandPermission(
    Id<GenericMarker> id, CommandPermissionType type, boolean permission) {

  /**
   * Returns the id that stands for every member of a guild, the guild's own id.
   *
   * @param guildId the guild
   * @return the id to use with {@link CommandPermissionType#ROLE}
   */
  public static Id<GenericMarker> everyone(Id<GuildMarker> guildId) {
    return guildId.cast();
  }

  /**
   * Returns the id that stands for every channel of a guild, the guild's id minus 1.
   *
   * @param guildId the guild
   * @return the id to use with {@link CommandPermissionType#CHANNEL}
   */
  public static Id<ChannelMarker> allChannels(Id<GuildMarker> guildId) {
    return Id.of(guildId.value() - 1);
  }
}
