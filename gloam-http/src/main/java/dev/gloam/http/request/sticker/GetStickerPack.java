package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.StickerPack;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.StickerPackMarker;

/**
 * Gets one of Discord's sticker packs with its stickers. Maps "Get Sticker Pack" ({@code GET
 * /sticker-packs/{pack.id}}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#stickerPack}.
 *
 * <pre>{@code
 * StickerPack pack = client.stickerPack(packId).send().model();
 * }</pre>
 */
public final class GetStickerPack extends Request<StickerPack> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#stickerPack} instead.
   *
   * @param transport the client's transport
   * @param packId the sticker pack
   */
  public GetStickerPack(Transport transport, Id<StickerPackMarker> packId) {
    super(transport, Route.GET_STICKER_PACK, BodyReader.of(StickerPack.class), packId);
  }
}
