package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Soundboard sounds: those of a guild and Discord's default sounds (resources/soundboard).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/soundboard-sounds}
 *   <li>{@code POST /guilds/{guild_id}/soundboard-sounds}
 *   <li>{@code DELETE /guilds/{guild_id}/soundboard-sounds/{sound_id}}
 *   <li>{@code GET /guilds/{guild_id}/soundboard-sounds/{sound_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/soundboard-sounds/{sound_id}}
 *   <li>{@code GET /soundboard-default-sounds}
 * </ul>
 */
public sealed interface SoundboardRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
