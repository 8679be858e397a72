package dev.gloam.http.request.channel.message;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.validate.message.MessageChecks;
import java.util.List;

/**
 * The {@code sticker_ids} field of channel messages.
 *
 * <pre>{@code
 * client.createMessage(channelId).stickerIds(List.of(stickerId)).send();
 * }</pre>
 *
 * @param <S> the request type
 */
public interface StickerField<S extends StickerField<S>> extends MessageFields<S> {
  /**
   * Sends up to 3 stickers of the guild or Discord's standard stickers.
   *
   * @param stickerIds the stickers
   * @return this request
   */
  @SuppressWarnings("unchecked")
  default S stickerIds(List<Id<StickerMarker>> stickerIds) {
    List<Id<StickerMarker>> ids = List.copyOf(stickerIds);
    draft().set("sticker_ids", ids, () -> MessageChecks.stickerIds(ids));
    return (S) this;
  }
}
