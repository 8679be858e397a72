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

/**
 * Removes the members that have been inactive for a number of days. Maps "Begin Guild Prune"
 * ({@code POST /guilds/{guild.id}/prune}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#pruneGuild}.
 *
 * <pre>{@code
 * Optional<Integer> removed =
 *     client.pruneGuild(guildId).days(30).reason("inactive").send().model().pruned();
 * }</pre>
 */
public final class PruneGuild extends Request<PruneResult> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#pruneGuild} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public PruneGuild(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.PRUNE_GUILD, BodyReader.of(PruneResult.class), guildId);
  }

  /**
   * Sets after how many days without activity a member is removed (1 to 30, default 7).
   *
   * @param days the days
   * @return this request
   */
  public PruneGuild days(int days) {
    json().set("days", days);
    check(() -> GuildChecks.pruneDays(days));
    return this;
  }

  /**
   * Sets whether the answer counts the removed members; Discord advises {@code false} for large
   * guilds, and then answers {@code pruned: null}.
   *
   * @param compute {@code true} (the default) to get the count
   * @return this request
   */
  public PruneGuild computePruneCount(boolean compute) {
    json().set("compute_prune_count", compute);
    return this;
  }

  /**
   * Sets roles whose inactive members are removed too; by default members with any role stay. A
   * member is removed only if all of their roles are among these.
   *
   * @param roleIds up to 100 roles
   * @return this request
   */
  public PruneGuild includeRoles(List<Id<RoleMarker>> roleIds) {
    List<Id<RoleMarker>> roles = List.copyOf(roleIds);
    json().set("include_roles", roles);
    check(() -> GuildChecks.pruneIncludeRoles(roles));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public PruneGuild reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
