package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Stage instances: open, read, change and close a stage (resources/stage-instance).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code POST /stage-instances}
 *   <li>{@code DELETE /stage-instances/{channel_id}}
 *   <li>{@code GET /stage-instances/{channel_id}}
 *   <li>{@code PATCH /stage-instances/{channel_id}}
 * </ul>
 */
public sealed interface StageInstanceRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
