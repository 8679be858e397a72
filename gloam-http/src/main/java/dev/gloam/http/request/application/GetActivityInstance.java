package dev.gloam.http.request.application;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.ActivityInstance;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * Gets a running instance of the app's Activity, for example to check that a player's session is
 * real. Maps "Get Application Activity Instance" ({@code GET
 * /applications/{application.id}/activity-instances/{instance_id}}, resources/application).
 * Obtained from {@link dev.gloam.http.ApplicationRequests#activityInstance}.
 *
 * <pre>{@code
 * ActivityInstance instance = client.activityInstance(applicationId, "i-1234").send().model();
 * }</pre>
 */
public final class GetActivityInstance extends Request<ActivityInstance> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#activityInstance} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param instanceId the instance's id, as the Embedded App SDK reports it
   */
  public GetActivityInstance(
      Transport transport, Id<ApplicationMarker> applicationId, String instanceId) {
    super(
        transport,
        Route.APPLICATIONS_GET_ACTIVITY_INSTANCE,
        BodyReader.of(ActivityInstance.class),
        applicationId,
        instanceId);
  }
}
