package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Stickers: those of a guild, Discord's sticker packs, and any sticker by id (resources/sticker).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/stickers}
 *   <li>{@code POST /guilds/{guild_id}/stickers}
 *   <li>{@code DELETE /guilds/{guild_id}/stickers/{sticker_id}}
 *   <li>{@code GET /guilds/{guild_id}/stickers/{sticker_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/stickers/{sticker_id}}
 *   <li>{@code GET /sticker-packs}
 *   <li>{@code GET /sticker-packs/{pack_id}}
 *   <li>{@code GET /stickers/{sticker_id}}
 * </ul>
 */
public sealed interface StickerRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
