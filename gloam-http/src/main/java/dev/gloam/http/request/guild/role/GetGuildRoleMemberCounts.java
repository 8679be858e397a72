package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.json.ModelJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Counts the members of each role of a guild, except {@code @everyone}. The answer maps role ids to
 * counts. Maps "Get Guild Role Member Counts" ({@code GET /guilds/{guild.id}/roles/member-counts},
 * resources/guild). Obtained from {@link dev.gloam.http.RoleRequests#guildRoleMemberCounts}.
 *
 * <pre>{@code
 * Map<Id<RoleMarker>, Integer> counts = client.guildRoleMemberCounts(guildId).send().model();
 * }</pre>
 */
public final class GetGuildRoleMemberCounts extends Request<Map<Id<RoleMarker>, Integer>> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#guildRoleMemberCounts} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildRoleMemberCounts(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GUILD_ROLE_MEMBER_COUNTS, GetGuildRoleMemberCounts::read, guildId);
  }

  // The answer is a JSON object keyed by role id, which has no record to read it into.
  private static Map<Id<RoleMarker>, Integer> read(byte[] body) {
    JsonNode tree = ModelJson.mapper().readTree(body);
    Map<Id<RoleMarker>, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : tree.properties()) {
      counts.put(Id.parse(entry.getKey()), entry.getValue().asInt());
    }
    return Collections.unmodifiableMap(counts);
  }
}
