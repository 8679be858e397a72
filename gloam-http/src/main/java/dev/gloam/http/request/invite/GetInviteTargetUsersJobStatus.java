package dev.gloam.http.request.invite;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.invite.TargetUsersJobStatus;

/**
 * Reads how far Discord got with processing an invite's target users file, which happens in the
 * background. Maps "Get Target Users Job Status" ({@code GET
 * /invites/{invite.code}/target-users/job-status}, resources/invite). Obtained from {@link
 * dev.gloam.http.InviteRequests#inviteTargetUsersJobStatus}.
 *
 * <pre>{@code
 * TargetUsersJobStatus job = client.inviteTargetUsersJobStatus("abc123").send().model();
 * }</pre>
 */
public final class GetInviteTargetUsersJobStatus extends Request<TargetUsersJobStatus> {
  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#inviteTargetUsersJobStatus}
   * instead.
   *
   * @param transport the client's transport
   * @param code the invite's code
   */
  public GetInviteTargetUsersJobStatus(Transport transport, String code) {
    super(
        transport,
        Route.GET_INVITE_TARGET_USERS_JOB_STATUS,
        BodyReader.of(TargetUsersJobStatus.class),
        code);
  }
}
