package dev.gloam.http.request.application;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.ApplicationRoleConnectionMetadata;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.List;

/**
 * Gets the metadata records that linked roles of the app can require. Maps "Get Application Role
 * Connection Metadata Records" ({@code GET
 * /applications/{application.id}/role-connections/metadata},
 * resources/application-role-connection-metadata). Obtained from {@link
 * dev.gloam.http.ApplicationRequests#roleConnectionMetadata}.
 *
 * <pre>{@code
 * List<ApplicationRoleConnectionMetadata> records = client.roleConnectionMetadata(applicationId).send().model();
 * }</pre>
 */
public final class GetRoleConnectionMetadata
    extends Request<List<ApplicationRoleConnectionMetadata>> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#roleConnectionMetadata}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetRoleConnectionMetadata(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.GET_APPLICATION_ROLE_CONNECTIONS_METADATA,
        BodyReader.listOf(ApplicationRoleConnectionMetadata.class),
        applicationId);
  }
}
