package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.StickerMarker;

/**
 * Gets one sticker of a guild, with the user who uploaded it if the bot may manage expressions.
 * Maps "Get Guild Sticker" ({@code GET /guilds/{guild.id}/stickers/{sticker.id}},
 * resources/sticker). Obtained from {@link dev.gloam.http.StickerRequests#guildSticker}.
 *
 * <pre>{@code
 * Sticker sticker = client.guildSticker(guildId, stickerId).send().model();
 * }</pre>
 */
public final class GetGuildSticker extends Request<Sticker> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#guildSticker} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param stickerId the sticker
   */
  public GetGuildSticker(
      Transport transport, Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    super(transport, Route.GET_GUILD_STICKER, BodyReader.of(Sticker.class), guildId, stickerId);
  }
}
