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
 * Marks a one-time purchase entitlement as used, so that the user can buy it again. Maps "Consume
 * an Entitlement" ({@code POST
 * /applications/{application.id}/entitlements/{entitlement.id}/consume}, resources/entitlement).
 * Obtained from {@link dev.gloam.http.MonetizationRequests#consumeEntitlement}.
 *
 * <pre>{@code
 * client.consumeEntitlement(applicationId, entitlementId).send();
 * }</pre>
 */
public final class ConsumeEntitlement extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#consumeEntitlement}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param entitlementId the entitlement
   */
  public ConsumeEntitlement(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<EntitlementMarker> entitlementId) {
    super(transport, Route.CONSUME_ENTITLEMENT, BodyReader.empty(), applicationId, entitlementId);
  }
}
