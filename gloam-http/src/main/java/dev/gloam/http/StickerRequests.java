package dev.gloam.http;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.sticker.CreateGuildSticker;
import dev.gloam.http.request.sticker.DeleteGuildSticker;
import dev.gloam.http.request.sticker.GetGuildSticker;
import dev.gloam.http.request.sticker.GetGuildStickers;
import dev.gloam.http.request.sticker.GetSticker;
import dev.gloam.http.request.sticker.GetStickerPack;
import dev.gloam.http.request.sticker.GetStickerPacks;
import dev.gloam.http.request.sticker.UpdateGuildSticker;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.model.id.marker.StickerPackMarker;

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

  /**
   * Gets the stickers of a guild. Maps "List Guild Stickers" ({@code GET
   * /guilds/{guild.id}/stickers}, resources/sticker).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetGuildStickers guildStickers(Id<GuildMarker> guildId) {
    return new GetGuildStickers(transport(), guildId);
  }

  /**
   * Gets one sticker of a guild, with the user who uploaded it if the bot may manage expressions.
   * Maps "Get Guild Sticker" ({@code GET /guilds/{guild.id}/stickers/{sticker.id}},
   * resources/sticker).
   *
   * @param guildId the guild
   * @param stickerId the sticker
   * @return the request, to fill in and send
   */
  default GetGuildSticker guildSticker(Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    return new GetGuildSticker(transport(), guildId, stickerId);
  }

  /**
   * Uploads a sticker to a guild, as a multipart form with the file. Maps "Create Guild Sticker"
   * ({@code POST /guilds/{guild.id}/stickers}, resources/sticker).
   *
   * @param guildId the guild
   * @param name the name, 2 to 30 characters
   * @param tags the suggestion tags, 1 to 200 characters
   * @param file the file, at most 512 KiB
   * @return the request, to fill in and send
   */
  default CreateGuildSticker createGuildSticker(
      Id<GuildMarker> guildId, String name, String tags, AttachmentFile file) {
    return new CreateGuildSticker(transport(), guildId, name, tags, file);
  }

  /**
   * Changes the name, description or tags of a guild sticker. Maps "Modify Guild Sticker" ({@code
   * PATCH /guilds/{guild.id}/stickers/{sticker.id}}, resources/sticker).
   *
   * @param guildId the guild
   * @param stickerId the sticker
   * @return the request, to fill in and send
   */
  default UpdateGuildSticker updateGuildSticker(
      Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    return new UpdateGuildSticker(transport(), guildId, stickerId);
  }

  /**
   * Deletes a sticker of a guild. Maps "Delete Guild Sticker" ({@code DELETE
   * /guilds/{guild.id}/stickers/{sticker.id}}, resources/sticker).
   *
   * @param guildId the guild
   * @param stickerId the sticker
   * @return the request, to fill in and send
   */
  default DeleteGuildSticker deleteGuildSticker(
      Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    return new DeleteGuildSticker(transport(), guildId, stickerId);
  }

  /**
   * Gets the sticker packs Discord offers to everyone. Maps "List Sticker Packs" ({@code GET
   * /sticker-packs}, resources/sticker).
   *
   * @return the request, to fill in and send
   */
  default GetStickerPacks stickerPacks() {
    return new GetStickerPacks(transport());
  }

  /**
   * Gets one of Discord's sticker packs with its stickers. Maps "Get Sticker Pack" ({@code GET
   * /sticker-packs/{pack.id}}, resources/sticker).
   *
   * @param packId the sticker pack
   * @return the request, to fill in and send
   */
  default GetStickerPack stickerPack(Id<StickerPackMarker> packId) {
    return new GetStickerPack(transport(), packId);
  }

  /**
   * Gets any sticker by id: a standard sticker of a pack or a sticker of a guild. Maps "Get
   * Sticker" ({@code GET /stickers/{sticker.id}}, resources/sticker).
   *
   * @param stickerId the sticker
   * @return the request, to fill in and send
   */
  default GetSticker sticker(Id<StickerMarker> stickerId) {
    return new GetSticker(transport(), stickerId);
  }
}
