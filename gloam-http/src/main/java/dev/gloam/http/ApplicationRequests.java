package dev.gloam.http;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.application.GetActivityInstance;
import dev.gloam.http.request.application.GetApplication;
import dev.gloam.http.request.application.GetCurrentApplication;
import dev.gloam.http.request.application.GetRoleConnectionMetadata;
import dev.gloam.http.request.application.UpdateApplication;
import dev.gloam.http.request.application.UpdateCurrentApplication;
import dev.gloam.http.request.application.UpdateRoleConnectionMetadata;
import dev.gloam.http.request.application.UploadApplicationAttachment;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.ApplicationRoleConnectionMetadata;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.List;

/**
 * The application: read and change it, activity instances, attachments and role connection metadata
 * (resources/application, resources/application-role-connection-metadata).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /applications/@me}
 *   <li>{@code PATCH /applications/@me}
 *   <li>{@code GET /applications/{application_id}}
 *   <li>{@code PATCH /applications/{application_id}}
 *   <li>{@code GET /applications/{application_id}/activity-instances/{instance_id}}
 *   <li>{@code POST /applications/{application_id}/attachment}
 *   <li>{@code GET /applications/{application_id}/role-connections/metadata}
 *   <li>{@code PUT /applications/{application_id}/role-connections/metadata}
 * </ul>
 */
public sealed interface ApplicationRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the application the bot token belongs to. Maps "Get Current Application" ({@code GET
   * /applications/@me}, resources/application).
   *
   * @return the request
   */
  default GetCurrentApplication currentApplication() {
    return new GetCurrentApplication(transport());
  }

  /**
   * Changes the settings of the application the bot token belongs to; fields not set stay as they
   * are. Maps "Edit Current Application" ({@code PATCH /applications/@me}, resources/application).
   *
   * @return the request
   */
  default UpdateCurrentApplication updateCurrentApplication() {
    return new UpdateCurrentApplication(transport());
  }

  /**
   * Gets an application by id; a bot may read its own. Maps "Get Application" ({@code GET
   * /applications/{application.id}}, in Discord's OpenAPI description).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetApplication application(Id<ApplicationMarker> applicationId) {
    return new GetApplication(transport(), applicationId);
  }

  /**
   * Changes an application's settings by id; fields not set stay as they are. Maps "Update
   * Application" ({@code PATCH /applications/{application.id}}, in Discord's OpenAPI description).
   *
   * @param applicationId the application
   * @return the request
   */
  default UpdateApplication updateApplication(Id<ApplicationMarker> applicationId) {
    return new UpdateApplication(transport(), applicationId);
  }

  /**
   * Gets a running instance of the app's Activity, for example to check that a player's session is
   * real. Maps "Get Application Activity Instance" ({@code GET
   * /applications/{application.id}/activity-instances/{instance_id}}, resources/application).
   *
   * @param applicationId the application
   * @param instanceId the instance's id, as the Embedded App SDK reports it
   * @return the request
   */
  default GetActivityInstance activityInstance(
      Id<ApplicationMarker> applicationId, String instanceId) {
    return new GetActivityInstance(transport(), applicationId, instanceId);
  }

  /**
   * Uploads a file for the app's Activity and answers where it is stored. Maps "Upload Application
   * Attachment" ({@code POST /applications/{application.id}/attachment}, in Discord's OpenAPI
   * description).
   *
   * @param applicationId the application
   * @param file the file
   * @return the request
   */
  default UploadApplicationAttachment uploadApplicationAttachment(
      Id<ApplicationMarker> applicationId, AttachmentFile file) {
    return new UploadApplicationAttachment(transport(), applicationId, file);
  }

  /**
   * Gets the metadata records that linked roles of the app can require. Maps "Get Application Role
   * Connection Metadata Records" ({@code GET
   * /applications/{application.id}/role-connections/metadata},
   * resources/application-role-connection-metadata).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetRoleConnectionMetadata roleConnectionMetadata(Id<ApplicationMarker> applicationId) {
    return new GetRoleConnectionMetadata(transport(), applicationId);
  }

  /**
   * Replaces all of the app's role connection metadata records (at most 5). Maps "Update
   * Application Role Connection Metadata Records" ({@code PUT
   * /applications/{application.id}/role-connections/metadata},
   * resources/application-role-connection-metadata).
   *
   * @param applicationId the application
   * @param records the records, replacing the current ones
   * @return the request
   */
  default UpdateRoleConnectionMetadata updateRoleConnectionMetadata(
      Id<ApplicationMarker> applicationId, List<ApplicationRoleConnectionMetadata> records) {
    return new UpdateRoleConnectionMetadata(transport(), applicationId, records);
  }
}
