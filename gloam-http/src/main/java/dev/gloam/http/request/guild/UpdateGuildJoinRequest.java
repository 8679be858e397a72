package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.guild.GuildChecks;
import tools.jackson.databind.JsonNode;

/**
 * Approves or rejects a request to join a guild. The answer, the join request, is kept as JSON, as
 * Discord's docs do not describe it yet. Maps "Action Guild Join Request" ({@code PATCH
 * /guilds/{guild.id}/requests/{request.id}}, OpenAPI only). Obtained from {@link
 * dev.gloam.http.GuildRequests#updateGuildJoinRequest}.
 *
 * <pre>{@code
 * client.updateGuildJoinRequest(guildId, requestId).reject("Please fill in the form").send();
 * }</pre>
 */
public final class UpdateGuildJoinRequest extends Request<JsonNode> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildJoinRequest} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param requestId the join request
   */
  public UpdateGuildJoinRequest(
      Transport transport, Id<GuildMarker> guildId, Id<GenericMarker> requestId) {
    super(transport, Route.ACTION_GUILD_JOIN_REQUEST, BodyReader.json(), guildId, requestId);
  }

  /**
   * Sets what to do with the request: {@code APPROVED} or {@code REJECTED}.
   *
   * @param action the new state
   * @return this request
   */
  public UpdateGuildJoinRequest action(String action) {
    json().set("action", action);
    return this;
  }

  /**
   * Sets why the request is rejected (up to 160 characters), shown to the applicant.
   *
   * @param reason the reason, or {@code null} for none
   * @return this request
   */
  public UpdateGuildJoinRequest rejectionReason(String reason) {
    json().set("rejection_reason", reason);
    check(() -> GuildChecks.rejectionReason(reason));
    return this;
  }

  /**
   * Approves the request: the same as {@code action("APPROVED")}.
   *
   * @return this request
   */
  public UpdateGuildJoinRequest approve() {
    return action("APPROVED");
  }

  /**
   * Rejects the request with a reason: the same as {@code
   * action("REJECTED").rejectionReason(reason)}.
   *
   * @param reason the reason shown to the applicant, up to 160 characters
   * @return this request
   */
  public UpdateGuildJoinRequest reject(String reason) {
    return action("REJECTED").rejectionReason(reason);
  }

  @Override
  protected void validate() {
    Check.required(
        "action", json().has("action") ? "" : null, "a join request needs APPROVED or REJECTED");
  }
}
