package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.PruneResult;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.guild.GuildChecks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts the members a prune would remove, without removing anyone. Maps "Get Guild Prune Count"
 * ({@code GET /guilds/{guild.id}/prune}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildPruneCount}.
 *
 * <pre>{@code
 * int inactive = client.guildPruneCount(guildId).days(30).send().model().pruned().orElse(0);
 * }</pre>
 */
public final class GetGuildPruneCount extends Request<PruneResult> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildPruneCount} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildPruneCount(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.PREVIEW_PRUNE_GUILD, BodyReader.of(PruneResult.class), guildId);
  }

  /**
   * Sets after how many days without activity a member counts as inactive (1 to 30, default 7).
   *
   * @param days the days
   * @return this request
   */
  public GetGuildPruneCount days(int days) {
    query().set("days", days);
    check(() -> GuildChecks.pruneDays(days));
    return this;
  }

  /**
   * Sets roles whose inactive members are counted too; by default members with any role are left
   * out. A member counts only if all of their roles are among these.
   *
   * @param roleIds up to 100 roles
   * @return this request
   */
  public GetGuildPruneCount includeRoles(List<Id<RoleMarker>> roleIds) {
    List<Id<RoleMarker>> roles = List.copyOf(roleIds);
    // The query form of this list is one comma-separated value.
    query()
        .set(
            "include_roles",
            roles.isEmpty()
                ? null
                : roles.stream().map(Id::toString).collect(Collectors.joining(",")));
    check(() -> GuildChecks.pruneIncludeRoles(roles));
    return this;
  }
}
