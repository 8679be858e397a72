package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Role;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.json.ModelJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves several roles at once. The body is a JSON array with one entry per role; {@link #id} starts
 * an entry and {@link #position} fills it in. The answer is every role of the guild. Maps "Modify
 * Guild Role Positions" ({@code PATCH /guilds/{guild.id}/roles}, resources/guild). Obtained from
 * {@link dev.gloam.http.RoleRequests#updateGuildRolePositions}.
 *
 * <pre>{@code
 * List<Role> roles = client.updateGuildRolePositions(guildId)
 *     .move(modsId, 3)
 *     .move(helpersId, 2)
 *     .send().model();
 * }</pre>
 */
public final class UpdateGuildRolePositions extends Request<List<Role>> {
  private final List<Map<String, Object>> entries = new ArrayList<>();

  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#updateGuildRolePositions} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuildRolePositions(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.BULK_UPDATE_GUILD_ROLES, BodyReader.listOf(Role.class), guildId);
  }

  /**
   * Starts the entry of one role; {@link #position} then sets where it goes.
   *
   * @param id the role
   * @return this request
   */
  public UpdateGuildRolePositions id(Id<RoleMarker> id) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entries.add(entry);
    return this;
  }

  /**
   * Sets the position of the role of the current entry; roles with the same position are sorted by
   * id.
   *
   * @param position the position, or {@code null} to leave it
   * @return this request
   */
  public UpdateGuildRolePositions position(Integer position) {
    if (entries.isEmpty()) {
      throw new IllegalStateException("call id(roleId) first to start a role's entry");
    }
    entries.get(entries.size() - 1).put("position", position);
    return this;
  }

  /**
   * Moves one role: the same as {@code id(id).position(position)}.
   *
   * @param id the role
   * @param position the new position
   * @return this request
   */
  public UpdateGuildRolePositions move(Id<RoleMarker> id, int position) {
    return id(id).position(position);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildRolePositions reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected RequestBody body() {
    return new RequestBody.Json(ModelJson.mapper().writeValueAsBytes(entries));
  }
}
