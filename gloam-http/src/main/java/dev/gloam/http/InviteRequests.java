package dev.gloam.http;

import dev.gloam.http.request.invite.CreateInvite;
import dev.gloam.http.request.invite.DeleteInvite;
import dev.gloam.http.request.invite.GetChannelInvites;
import dev.gloam.http.request.invite.GetInvite;
import dev.gloam.http.request.invite.GetInviteTargetUsers;
import dev.gloam.http.request.invite.GetInviteTargetUsersJobStatus;
import dev.gloam.http.request.invite.UpdateInviteTargetUsers;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Invites: create and list those of a channel, list those of a guild, resolve and revoke them by
 * code, and their target users (resources/invite).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /channels/{channel_id}/invites}
 *   <li>{@code POST /channels/{channel_id}/invites}
 *   <li>{@code DELETE /invites/{code}}
 *   <li>{@code GET /invites/{code}}
 *   <li>{@code GET /invites/{code}/target-users}
 *   <li>{@code PUT /invites/{code}/target-users}
 *   <li>{@code GET /invites/{code}/target-users/job-status}
 * </ul>
 */
public sealed interface InviteRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Creates an invite to a guild channel.
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default CreateInvite createInvite(Id<ChannelMarker> channelId) {
    return new CreateInvite(transport(), channelId);
  }

  /**
   * Lists the invites of a guild channel.
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default GetChannelInvites channelInvites(Id<ChannelMarker> channelId) {
    return new GetChannelInvites(transport(), channelId);
  }

  /**
   * Resolves an invite code.
   *
   * @param code the invite's code
   * @return the request, to fill in and send
   */
  default GetInvite invite(String code) {
    return new GetInvite(transport(), code);
  }

  /**
   * Revokes an invite.
   *
   * @param code the invite's code
   * @return the request, to fill in and send
   */
  default DeleteInvite deleteInvite(String code) {
    return new DeleteInvite(transport(), code);
  }

  /**
   * Downloads the users an invite is limited to, as CSV.
   *
   * @param code the invite's code
   * @return the request, to fill in and send
   */
  default GetInviteTargetUsers inviteTargetUsers(String code) {
    return new GetInviteTargetUsers(transport(), code);
  }

  /**
   * Replaces the users an invite is limited to.
   *
   * @param code the invite's code
   * @return the request, to fill in and send
   */
  default UpdateInviteTargetUsers updateInviteTargetUsers(String code) {
    return new UpdateInviteTargetUsers(transport(), code);
  }

  /**
   * Reads the progress of processing an invite's target users file.
   *
   * @param code the invite's code
   * @return the request, to fill in and send
   */
  default GetInviteTargetUsersJobStatus inviteTargetUsersJobStatus(String code) {
    return new GetInviteTargetUsersJobStatus(transport(), code);
  }
}
