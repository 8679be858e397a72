package dev.gloam.http.request.application;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.Multipart;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.ApplicationAttachment;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.Objects;

/**
 * Uploads a file for the app's Activity and answers where it is stored. Maps "Upload Application
 * Attachment" ({@code POST /applications/{application.id}/attachment}, in Discord's OpenAPI
 * description). Obtained from {@link
 * dev.gloam.http.ApplicationRequests#uploadApplicationAttachment}.
 *
 * <pre>{@code
 * Attachment stored = client.uploadApplicationAttachment(applicationId, AttachmentFile.of("map.png", png))
 *     .send().model().attachment();
 * }</pre>
 */
public final class UploadApplicationAttachment extends Request<ApplicationAttachment> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#uploadApplicationAttachment}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param file the file
   */
  public UploadApplicationAttachment(
      Transport transport, Id<ApplicationMarker> applicationId, AttachmentFile file) {
    super(
        transport,
        Route.UPLOAD_APPLICATION_ATTACHMENT,
        BodyReader.of(ApplicationAttachment.class),
        applicationId);
    this.file = Objects.requireNonNull(file, "file");
  }

  private AttachmentFile file;

  /**
   * Replaces the file to upload.
   *
   * @param file the file
   * @return this request
   */
  public UploadApplicationAttachment file(AttachmentFile file) {
    this.file = Objects.requireNonNull(file, "file");
    return this;
  }

  @Override
  protected RequestBody body() {
    return new Multipart().file("file", file).build();
  }
}
