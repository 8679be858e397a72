package dev.gloam.http.request.application;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.ApplicationRoleConnectionMetadata;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.application.ApplicationChecks;
import java.util.List;

/**
 * Replaces all of the app's role connection metadata records (at most 5). Maps "Update Application
 * Role Connection Metadata Records" ({@code PUT
 * /applications/{application.id}/role-connections/metadata},
 * resources/application-role-connection-metadata). Obtained from {@link
 * dev.gloam.http.ApplicationRequests#updateRoleConnectionMetadata}.
 *
 * <pre>{@code
 * client.updateRoleConnectionMetadata(applicationId, List.of(new ApplicationRoleConnectionMetadata(
 *     ApplicationRoleConnectionMetadataType.INTEGER_GREATER_THAN_OR_EQUAL, "wins", "Wins",
 *     Optional.empty(), "Games won", Optional.empty()))).send();
 * }</pre>
 */
public final class UpdateRoleConnectionMetadata
    extends Request<List<ApplicationRoleConnectionMetadata>> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ApplicationRequests#updateRoleConnectionMetadata} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param records the records, replacing the current ones
   */
  public UpdateRoleConnectionMetadata(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      List<ApplicationRoleConnectionMetadata> records) {
    super(
        transport,
        Route.UPDATE_APPLICATION_ROLE_CONNECTIONS_METADATA,
        BodyReader.listOf(ApplicationRoleConnectionMetadata.class),
        applicationId);
    this.records = List.copyOf(records);
    check(() -> ApplicationChecks.roleConnectionMetadata(this.records));
  }

  private final List<ApplicationRoleConnectionMetadata> records;

  @Override
  protected RequestBody body() {
    return new RequestBody.Json(ModelJson.writeBytes(records));
  }
}
