package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Emojis of a guild and of the application (resources/emoji).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /applications/{application_id}/emojis}
 *   <li>{@code POST /applications/{application_id}/emojis}
 *   <li>{@code DELETE /applications/{application_id}/emojis/{emoji_id}}
 *   <li>{@code GET /applications/{application_id}/emojis/{emoji_id}}
 *   <li>{@code PATCH /applications/{application_id}/emojis/{emoji_id}}
 *   <li>{@code GET /guilds/{guild_id}/emojis}
 *   <li>{@code POST /guilds/{guild_id}/emojis}
 *   <li>{@code DELETE /guilds/{guild_id}/emojis/{emoji_id}}
 *   <li>{@code GET /guilds/{guild_id}/emojis/{emoji_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/emojis/{emoji_id}}
 * </ul>
 */
public sealed interface EmojiRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
