package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EntitlementMarker;
import dev.gloam.model.monetization.Entitlement;

/**
 * Gets one of the app's entitlements. Maps "Get Entitlement" ({@code GET
 * /applications/{application.id}/entitlements/{entitlement.id}}, resources/entitlement). Obtained
 * from {@link dev.gloam.http.MonetizationRequests#entitlement}.
 *
 * <pre>{@code
 * Entitlement entitlement = client.entitlement(applicationId, entitlementId).send().model();
 * }</pre>
 */
public final class GetEntitlement extends Request<Entitlement> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#entitlement} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param entitlementId the entitlement
   */
  public GetEntitlement(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<EntitlementMarker> entitlementId) {
    super(
        transport,
        Route.GET_ENTITLEMENT,
        BodyReader.of(Entitlement.class),
        applicationId,
        entitlementId);
  }
}
