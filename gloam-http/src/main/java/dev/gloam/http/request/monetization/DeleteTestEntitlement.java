package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EntitlementMarker;

/**
 * Deletes a test entitlement. Maps "Delete Test Entitlement" ({@code DELETE
 * /applications/{application.id}/entitlements/{entitlement.id}}, resources/entitlement). Obtained
 * from {@link dev.gloam.http.MonetizationRequests#deleteTestEntitlement}.
 *
 * <pre>{@code
 * client.deleteTestEntitlement(applicationId, entitlementId).send();
 * }</pre>
 */
public final class DeleteTestEntitlement extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#deleteTestEntitlement}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param entitlementId the entitlement
   */
  public DeleteTestEntitlement(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<EntitlementMarker> entitlementId) {
    super(transport, Route.DELETE_ENTITLEMENT, BodyReader.empty(), applicationId, entitlementId);
  }
}
