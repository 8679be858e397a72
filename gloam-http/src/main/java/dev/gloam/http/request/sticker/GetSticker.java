package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.StickerMarker;

/**
 * Gets any sticker by id: a standard sticker of a pack or a sticker of a guild. Maps "Get Sticker"
 * ({@code GET /stickers/{sticker.id}}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#sticker}.
 *
 * <pre>{@code
 * Sticker sticker = client.sticker(stickerId).send().model();
 * }</pre>
 */
public final class GetSticker extends Request<Sticker> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#sticker} instead.
   *
   * @param transport the client's transport
   * @param stickerId the sticker
   */
  public GetSticker(Transport transport, Id<StickerMarker> stickerId) {
    super(transport, Route.GET_STICKER, BodyReader.of(Sticker.class), stickerId);
  }
}
