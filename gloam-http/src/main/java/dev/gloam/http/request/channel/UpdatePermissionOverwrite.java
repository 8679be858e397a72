package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GenericMarker;

/**
 * Creates or replaces the permission overwrite of one role or member in a guild channel. Bits
 * neither allowed nor denied fall back to the role's or the category's permissions. Maps "Edit
 * Channel Permissions" ({@code PUT /channels/{channel.id}/permissions/{overwrite.id}},
 * resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#updatePermissionOverwrite}.
 *
 * <pre>{@code
 * client.updatePermissionOverwrite(channelId, roleId.cast(), PermissionOverwriteType.ROLE)
 *     .deny(Permissions.SEND_MESSAGES)
 *     .send();
 * }</pre>
 */
public final class UpdatePermissionOverwrite extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#updatePermissionOverwrite}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param overwriteId the role's or the user's id
   * @param type whether {@code overwriteId} is a role or a member
   */
  public UpdatePermissionOverwrite(
      Transport transport,
      Id<ChannelMarker> channelId,
      Id<GenericMarker> overwriteId,
      PermissionOverwriteType type) {
    super(
        transport,
        Route.SET_CHANNEL_PERMISSION_OVERWRITE,
        BodyReader.empty(),
        channelId,
        overwriteId);
    type(type);
  }

  /**
   * Sets whether the overwrite is for a role or a member.
   *
   * @param type {@link PermissionOverwriteType#ROLE} or {@link PermissionOverwriteType#MEMBER}
   * @return this request
   */
  public UpdatePermissionOverwrite type(PermissionOverwriteType type) {
    json().set("type", type);
    return this;
  }

  /**
   * Sets the permissions granted in the channel; {@code null} grants none.
   *
   * @param allow the permissions
   * @return this request
   */
  public UpdatePermissionOverwrite allow(Permissions allow) {
    json().set("allow", allow);
    return this;
  }

  /**
   * Sets the permissions taken away in the channel; {@code null} takes none away.
   *
   * @param deny the permissions
   * @return this request
   */
  public UpdatePermissionOverwrite deny(Permissions deny) {
    json().set("deny", deny);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public UpdatePermissionOverwrite reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
