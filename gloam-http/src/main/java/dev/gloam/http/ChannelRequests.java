package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Channels: read, change and delete them, permission overwrites, followers, group DM recipients,
 * voice channel status and soundboard sounds (resources/channel).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code DELETE /channels/{channel_id}}
 *   <li>{@code GET /channels/{channel_id}}
 *   <li>{@code PATCH /channels/{channel_id}}
 *   <li>{@code POST /channels/{channel_id}/followers}
 *   <li>{@code DELETE /channels/{channel_id}/permissions/{overwrite_id}}
 *   <li>{@code PUT /channels/{channel_id}/permissions/{overwrite_id}}
 *   <li>{@code DELETE /channels/{channel_id}/recipients/{user_id}}
 *   <li>{@code PUT /channels/{channel_id}/recipients/{user_id}}
 *   <li>{@code POST /channels/{channel_id}/send-soundboard-sound}
 *   <li>{@code PUT /channels/{channel_id}/voice-status}
 * </ul>
 */
public sealed interface ChannelRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
