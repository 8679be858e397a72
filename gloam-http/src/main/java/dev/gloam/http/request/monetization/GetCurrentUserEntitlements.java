package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.monetization.Entitlement;
import dev.gloam.validate.Check;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the entitlements of the user a Bearer token belongs to, to one application. Maps "Get
 * Current User Application Entitlements" ({@code GET
 * /users/@me/applications/{application.id}/entitlements}, in Discord's OpenAPI description).
 * Obtained from {@link dev.gloam.http.MonetizationRequests#currentUserEntitlements}.
 *
 * <pre>{@code
 * List<Entitlement> mine = bearerClient.currentUserEntitlements(applicationId).excludeConsumed(true).send().model();
 * }</pre>
 */
public final class GetCurrentUserEntitlements extends Request<List<Entitlement>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#currentUserEntitlements}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetCurrentUserEntitlements(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.GET_CURRENT_USER_APPLICATION_ENTITLEMENTS,
        BodyReader.listOf(Entitlement.class),
        applicationId);
  }

  /**
   * Lists only entitlements to these SKUs.
   *
   * @param skuIds up to 100 SKUs
   * @return this request
   */
  public GetCurrentUserEntitlements skuIds(List<Id<SkuMarker>> skuIds) {
    query().set("sku_ids", skuIds.stream().map(Id::toString).collect(Collectors.joining(",")));
    check(() -> Check.count("sku_ids", skuIds, 1, 100));
    return this;
  }

  /**
   * Leaves out consumed entitlements.
   *
   * @param excludeConsumed {@code true} to leave them out
   * @return this request
   */
  public GetCurrentUserEntitlements excludeConsumed(boolean excludeConsumed) {
    query().set("exclude_consumed", excludeConsumed);
    return this;
  }
}
