package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Gets the stickers of a guild. Maps "List Guild Stickers" ({@code GET
 * /guilds/{guild.id}/stickers}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#guildStickers}.
 *
 * <pre>{@code
 * List<Sticker> stickers = client.guildStickers(guildId).send().model();
 * }</pre>
 */
public final class GetGuildStickers extends Request<List<Sticker>> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#guildStickers} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildStickers(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_STICKERS, BodyReader.listOf(Sticker.class), guildId);
  }
}
