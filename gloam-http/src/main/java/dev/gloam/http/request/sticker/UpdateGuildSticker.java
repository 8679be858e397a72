package dev.gloam.http.request.sticker;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.validate.sticker.StickerChecks;

/**
 * Changes the name, description or tags of a guild sticker. Maps "Modify Guild Sticker" ({@code
 * PATCH /guilds/{guild.id}/stickers/{sticker.id}}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#updateGuildSticker}.
 *
 * <pre>{@code
 * client.updateGuildSticker(guildId, stickerId).tags("wave").description(null).send();
 * }</pre>
 */
public final class UpdateGuildSticker extends Request<Sticker> {
  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#updateGuildSticker} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param stickerId the sticker
   */
  public UpdateGuildSticker(
      Transport transport, Id<GuildMarker> guildId, Id<StickerMarker> stickerId) {
    super(transport, Route.UPDATE_GUILD_STICKER, BodyReader.of(Sticker.class), guildId, stickerId);
  }

  /**
   * Sets the name, 2 to 30 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuildSticker name(String name) {
    json().set("name", name);
    check(() -> StickerChecks.name(name));
    return this;
  }

  /**
   * Sets the description: empty, or 2 to 100 characters. {@code null} removes it.
   *
   * @param description the description, or {@code null}
   * @return this request
   */
  public UpdateGuildSticker description(String description) {
    json().set("description", description);
    check(() -> StickerChecks.description(description));
    return this;
  }

  /**
   * Sets the tags that suggest the sticker while typing, 1 to 200 characters (Discord's clients
   * take the name of a standard emoji here).
   *
   * @param tags the tags
   * @return this request
   */
  public UpdateGuildSticker tags(String tags) {
    json().set("tags", tags);
    check(() -> StickerChecks.tags(tags));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildSticker reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
