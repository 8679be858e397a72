package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.StickerPacks;

/**
 * Gets the sticker packs Discord offers to everyone. Maps "List Sticker Packs" ({@code GET
 * /sticker-packs}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#stickerPacks}.
 *
 * <pre>{@code
 * List<StickerPack> packs = client.stickerPacks().send().model().stickerPacks();
 * }</pre>
 */
public final class GetStickerPacks extends Request<StickerPacks> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#stickerPacks} instead.
   *
   * @param transport the client's transport
   */
  public GetStickerPacks(Transport transport) {
    super(transport, Route.LIST_STICKER_PACKS, BodyReader.of(StickerPacks.class));
  }
}
