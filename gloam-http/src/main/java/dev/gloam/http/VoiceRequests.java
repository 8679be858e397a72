package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Voice: voice states in a guild and the voice regions (resources/voice).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/regions}
 *   <li>{@code GET /guilds/{guild_id}/voice-states/@me}
 *   <li>{@code PATCH /guilds/{guild_id}/voice-states/@me}
 *   <li>{@code GET /guilds/{guild_id}/voice-states/{user_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/voice-states/{user_id}}
 *   <li>{@code GET /voice/regions}
 * </ul>
 */
public sealed interface VoiceRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
