package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EntitlementMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.monetization.Entitlement;
import dev.gloam.validate.Check;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the app's entitlements, filtered and paged by the query parameters. Maps "List
 * Entitlements" ({@code GET /applications/{application.id}/entitlements}, resources/entitlement).
 * Obtained from {@link dev.gloam.http.MonetizationRequests#entitlements}.
 *
 * <pre>{@code
 * List<Entitlement> active = client.entitlements(applicationId).userId(userId).excludeEnded(true).send().model();
 * }</pre>
 */
public final class GetEntitlements extends Request<List<Entitlement>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#entitlements} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetEntitlements(Transport transport, Id<ApplicationMarker> applicationId) {
    super(transport, Route.GET_ENTITLEMENTS, BodyReader.listOf(Entitlement.class), applicationId);
  }

  /**
   * Lists only one user's entitlements.
   *
   * @param userId the user
   * @return this request
   */
  public GetEntitlements userId(Id<UserMarker> userId) {
    query().set("user_id", userId);
    return this;
  }

  /**
   * Lists only entitlements to these SKUs.
   *
   * @param skuIds up to 100 SKUs
   * @return this request
   */
  public GetEntitlements skuIds(List<Id<SkuMarker>> skuIds) {
    query().set("sku_ids", skuIds.stream().map(Id::toString).collect(Collectors.joining(",")));
    check(() -> Check.count("sku_ids", skuIds, 1, 100));
    return this;
  }

  /**
   * Lists only one guild's entitlements.
   *
   * @param guildId the guild
   * @return this request
   */
  public GetEntitlements guildId(Id<GuildMarker> guildId) {
    query().set("guild_id", guildId);
    return this;
  }

  /**
   * Pages backwards: only entitlements before this one.
   *
   * @param before the entitlement id
   * @return this request
   */
  public GetEntitlements before(Id<EntitlementMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Pages forwards: only entitlements after this one.
   *
   * @param after the entitlement id
   * @return this request
   */
  public GetEntitlements after(Id<EntitlementMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many entitlements to return.
   *
   * @param limit 1 to 100, 100 by default
   * @return this request
   */
  public GetEntitlements limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 100));
    return this;
  }

  /**
   * Leaves out entitlements that ended.
   *
   * @param excludeEnded {@code true} to leave them out
   * @return this request
   */
  public GetEntitlements excludeEnded(boolean excludeEnded) {
    query().set("exclude_ended", excludeEnded);
    return this;
  }

  /**
   * Leaves out deleted entitlements (Discord's default is {@code true}).
   *
   * @param excludeDeleted {@code false} to include them
   * @return this request
   */
  public GetEntitlements excludeDeleted(boolean excludeDeleted) {
    query().set("exclude_deleted", excludeDeleted);
    return this;
  }

  /**
   * Returns only entitlements that are active now.
   *
   * @param onlyActive {@code true} for active ones only
   * @return this request
   */
  public GetEntitlements onlyActive(boolean onlyActive) {
    query().set("only_active", onlyActive);
    return this;
  }
}
