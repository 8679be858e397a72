package dev.gloam.http.request.invite;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.Multipart;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.invite.InviteChecks;
import java.util.Collection;

/**
 * Replaces the users an invite is limited to with those of a CSV file; Discord processes the file
 * in the background (see {@link GetInviteTargetUsersJobStatus}). Maps "Update Target Users" ({@code
 * PUT /invites/{invite.code}/target-users}, resources/invite). Obtained from {@link
 * dev.gloam.http.InviteRequests#updateInviteTargetUsers}.
 *
 * <pre>{@code
 * client.updateInviteTargetUsers("abc123").targetUsersFile(List.of(userId)).send();
 * }</pre>
 */
public final class UpdateInviteTargetUsers extends Request<EmptyBody> {
  private byte[] targetUsersFile;

  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#updateInviteTargetUsers} instead.
   *
   * @param transport the client's transport
   * @param code the invite's code
   */
  public UpdateInviteTargetUsers(Transport transport, String code) {
    super(transport, Route.UPDATE_INVITE_TARGET_USERS, BodyReader.empty(), code);
  }

  /**
   * Sets the CSV file with one user id a line.
   *
   * @param csv the file's content
   * @return this request
   */
  public UpdateInviteTargetUsers targetUsersFile(byte[] csv) {
    this.targetUsersFile = csv;
    return this;
  }

  /**
   * Sets the users, written as the CSV file Discord expects.
   *
   * @param userIds the users
   * @return this request
   */
  public UpdateInviteTargetUsers targetUsersFile(Collection<Id<UserMarker>> userIds) {
    return targetUsersFile(TargetUsersCsv.of(userIds));
  }

  @Override
  protected void validate() {
    Check.required("target_users_file", targetUsersFile, "the request replaces the users");
    InviteChecks.targetUsersFile(targetUsersFile);
  }

  @Override
  protected RequestBody body() {
    return new Multipart()
        .file(
            "target_users_file",
            AttachmentFile.of("target_users.csv", targetUsersFile).contentType("text/csv"))
        .build();
  }
}
