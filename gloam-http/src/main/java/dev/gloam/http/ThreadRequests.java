package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Threads: start them, join and leave them, their members, and active, archived and searched
 * threads (resources/channel, "Threads").
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code POST /channels/{channel_id}/messages/{message_id}/threads}
 *   <li>{@code GET /channels/{channel_id}/thread-members}
 *   <li>{@code DELETE /channels/{channel_id}/thread-members/@me}
 *   <li>{@code PUT /channels/{channel_id}/thread-members/@me}
 *   <li>{@code DELETE /channels/{channel_id}/thread-members/{user_id}}
 *   <li>{@code GET /channels/{channel_id}/thread-members/{user_id}}
 *   <li>{@code PUT /channels/{channel_id}/thread-members/{user_id}}
 *   <li>{@code POST /channels/{channel_id}/threads}
 *   <li>{@code GET /channels/{channel_id}/threads/archived/private}
 *   <li>{@code GET /channels/{channel_id}/threads/archived/public}
 *   <li>{@code GET /channels/{channel_id}/threads/search}
 *   <li>{@code GET /channels/{channel_id}/users/@me/threads/archived/private}
 *   <li>{@code GET /guilds/{guild_id}/threads/active}
 * </ul>
 */
public sealed interface ThreadRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
