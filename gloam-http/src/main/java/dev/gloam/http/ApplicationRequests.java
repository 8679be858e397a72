package dev.gloam.http;

import dev.gloam.http.transport.Transport;

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
}
