package dev.gloam.http.request.invite;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;

/**
 * Downloads the CSV file of the users an invite is limited to: a {@code user_id} header, then one
 * id a line. Needs to be the inviter or to have {@code MANAGE_GUILD}. Maps "Get Target Users"
 * ({@code GET /invites/{invite.code}/target-users}, resources/invite). Obtained from {@link
 * dev.gloam.http.InviteRequests#inviteTargetUsers}.
 *
 * <pre>{@code
 * byte[] csv = client.inviteTargetUsers("abc123").send().model();
 * }</pre>
 */
public final class GetInviteTargetUsers extends Request<byte[]> {
  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#inviteTargetUsers} instead.
   *
   * @param transport the client's transport
   * @param code the invite's code
   */
  public GetInviteTargetUsers(Transport transport, String code) {
    super(transport, Route.GET_INVITE_TARGET_USERS, BodyReader.bytes(), code);
  }
}
