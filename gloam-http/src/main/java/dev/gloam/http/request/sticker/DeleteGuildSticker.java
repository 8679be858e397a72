package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.StickerMarker;

/**
 * Deletes a sticker of a guild. Maps "Delete Guild Sticker" ({@code DELETE
 * /guilds/{guild.id}/stickers/{sticker.id}}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#deleteGuildSticker}.
 *
 * <pre>{@code
 * client.deleteGuildSticker(guildId, stickerId).reason("seasonal").send();
 * }</pre>
 */
public final class DeleteGuildSticker extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#deleteGuildSticker} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param stickerId the sticker
   */
  public DeleteGuildSticker(
      Transport transport, Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    super(transport, Route.DELETE_GUILD_STICKER, BodyReader.empty(), guildId, stickerId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteGuildSticker reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
