package dev.gloam.http.request.invite;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.invite.Invite;

/**
 * Revokes an invite; needs {@code MANAGE_CHANNELS} in its channel or {@code MANAGE_GUILD}. Answers
 * with the invite as it was. Maps "Delete Invite" ({@code DELETE /invites/{invite.code}},
 * resources/invite). Obtained from {@link dev.gloam.http.InviteRequests#deleteInvite}.
 *
 * <pre>{@code
 * client.deleteInvite("abc123").reason("leaked").send();
 * }</pre>
 */
public final class DeleteInvite extends Request<Invite> {
  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#deleteInvite} instead.
   *
   * @param transport the client's transport
   * @param code the invite's code
   */
  public DeleteInvite(Transport transport, String code) {
    super(transport, Route.INVITE_REVOKE, BodyReader.of(Invite.class), code);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public DeleteInvite reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
