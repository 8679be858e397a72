package dev.gloam.http.request.invite;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.Multipart;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.invite.Invite;
import dev.gloam.model.invite.InviteTargetType;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.invite.InviteChecks;
import java.util.Collection;
import java.util.List;

/**
 * Creates an invite to a guild channel. Unless {@link #unique} is set, Discord may answer with an
 * existing invite of the same settings. With {@link #targetUsersFile} only the listed users may
 * accept it, and the request is sent as {@code multipart/form-data}. Maps "Create Channel Invite"
 * ({@code POST /channels/{channel.id}/invites}, resources/channel). Obtained from {@link
 * dev.gloam.http.InviteRequests#createInvite}.
 *
 * <pre>{@code
 * Invite invite = client.createInvite(channelId).maxAge(3600).maxUses(1).unique(true).send().model();
 * }</pre>
 */
public final class CreateInvite extends Request<Invite> {
  private Integer maxAge;
  private Integer maxUses;
  private List<Id<RoleMarker>> roleIds;
  private byte[] targetUsersFile;

  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#createInvite} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public CreateInvite(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.CREATE_CHANNEL_INVITE, BodyReader.of(Invite.class), channelId);
  }

  /**
   * Sets how long the invite lasts, 0 (never expires) to 604800 seconds (7 days); 86400 by default.
   *
   * @param maxAge the lifetime in seconds
   * @return this request
   */
  public CreateInvite maxAge(int maxAge) {
    this.maxAge = maxAge;
    json().set("max_age", maxAge);
    return this;
  }

  /**
   * Sets how often the invite may be used, 0 (unlimited, the default) to 100.
   *
   * @param maxUses the number of uses
   * @return this request
   */
  public CreateInvite maxUses(int maxUses) {
    this.maxUses = maxUses;
    json().set("max_uses", maxUses);
    return this;
  }

  /**
   * Sets whether members who joined through the invite are removed when they go offline without a
   * role.
   *
   * @param temporary {@code true} for temporary membership
   * @return this request
   */
  public CreateInvite temporary(boolean temporary) {
    json().set("temporary", temporary);
    return this;
  }

  /**
   * Sets whether to always create a new invite instead of reusing one with the same settings.
   *
   * @param unique {@code true} for a new invite
   * @return this request
   */
  public CreateInvite unique(boolean unique) {
    json().set("unique", unique);
    return this;
  }

  /**
   * Sets what a voice channel invite opens: a member's stream or an embedded application.
   *
   * @param targetType the target's type
   * @return this request
   */
  public CreateInvite targetType(InviteTargetType targetType) {
    json().set("target_type", targetType);
    return this;
  }

  /**
   * Sets whose stream the invite shows, for {@link InviteTargetType#STREAM}.
   *
   * @param targetUserId the streaming user
   * @return this request
   */
  public CreateInvite targetUserId(Id<UserMarker> targetUserId) {
    json().set("target_user_id", targetUserId);
    return this;
  }

  /**
   * Sets the embedded application the invite opens, for {@link
   * InviteTargetType#EMBEDDED_APPLICATION}.
   *
   * @param targetApplicationId the application
   * @return this request
   */
  public CreateInvite targetApplicationId(Id<ApplicationMarker> targetApplicationId) {
    json().set("target_application_id", targetApplicationId);
    return this;
  }

  /**
   * Sets roles given to those who accept the invite; needs {@code MANAGE_ROLES}, and the roles must
   * be below the bot's highest role.
   *
   * @param roleIds the roles
   * @return this request
   */
  public CreateInvite roleIds(List<Id<RoleMarker>> roleIds) {
    this.roleIds = roleIds;
    json().set("role_ids", roleIds);
    return this;
  }

  /**
   * Limits the invite to the users of a CSV file with one user id a line.
   *
   * @param csv the file's content
   * @return this request
   */
  public CreateInvite targetUsersFile(byte[] csv) {
    this.targetUsersFile = csv;
    return this;
  }

  /**
   * Limits the invite to these users, written as the CSV file Discord expects.
   *
   * @param userIds the users
   * @return this request
   */
  public CreateInvite targetUsersFile(Collection<Id<UserMarker>> userIds) {
    return targetUsersFile(TargetUsersCsv.of(userIds));
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public CreateInvite reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    if (maxAge != null) {
      InviteChecks.maxAge(maxAge);
    }
    if (maxUses != null) {
      InviteChecks.maxUses(maxUses);
    }
    InviteChecks.roleIds(roleIds);
    InviteChecks.targetUsersFile(targetUsersFile);
  }

  @Override
  protected RequestBody body() {
    if (targetUsersFile == null) {
      // Discord wants a body even when no field is set.
      return new RequestBody.Json(json().bytes());
    }
    return new Multipart()
        .text("payload_json", ModelJson.write(json().tree()))
        .file(
            "target_users_file",
            AttachmentFile.of("target_users.csv", targetUsersFile).contentType("text/csv"))
        .build();
  }
}
