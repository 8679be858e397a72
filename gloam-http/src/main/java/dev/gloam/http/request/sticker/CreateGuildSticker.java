package dev.gloam.http.request.sticker;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.Multipart;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.sticker.StickerChecks;
import java.util.Objects;

/**
 * Uploads a sticker to a guild, as a multipart form with the file. Maps "Create Guild Sticker"
 * ({@code POST /guilds/{guild.id}/stickers}, resources/sticker). Obtained from {@link
 * dev.gloam.http.StickerRequests#createGuildSticker}.
 *
 * <pre>{@code
 * Sticker sticker =
 *     client
 *         .createGuildSticker(guildId, "wave", "wave", AttachmentFile.of("wave.png", png))
 *         .description("a friendly wave")
 *         .send()
 *         .model();
 * }</pre>
 */
public final class CreateGuildSticker extends Request<Sticker> {
  private String name;
  private String tags;
  private String description;
  private AttachmentFile file;

  /**
   * Creates the request; use {@link dev.gloam.http.StickerRequests#createGuildSticker} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the name, 2 to 30 characters
   * @param tags the suggestion tags, 1 to 200 characters
   * @param file the file, at most 512 KiB
   */
  public CreateGuildSticker(
      Transport transport, Id<GuildMarker> guildId, String name, String tags, AttachmentFile file) {
    super(transport, Route.CREATE_GUILD_STICKER, BodyReader.of(Sticker.class), guildId);
    name(name);
    tags(tags);
    file(file);
  }

  /**
   * Sets the name, 2 to 30 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateGuildSticker name(String name) {
    this.name = name;
    check(() -> StickerChecks.name(name));
    return this;
  }

  /**
   * Sets the description: empty, or 2 to 100 characters.
   *
   * @param description the description
   * @return this request
   */
  public CreateGuildSticker description(String description) {
    this.description = description;
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
  public CreateGuildSticker tags(String tags) {
    this.tags = tags;
    check(() -> StickerChecks.tags(tags));
    return this;
  }

  /**
   * Sets the sticker's file: a PNG, APNG, GIF or Lottie JSON file of at most 512 KiB, whose name's
   * extension tells Discord the format.
   *
   * @param file the file
   * @return this request
   */
  public CreateGuildSticker file(AttachmentFile file) {
    this.file = Objects.requireNonNull(file, "file");
    check(() -> StickerChecks.file(file.bytes().length));
    return this;
  }

  @Override
  protected RequestBody body() {
    // Discord takes this upload as plain form fields next to the file, without payload_json.
    Multipart form = new Multipart().text("name", name).text("tags", tags);
    if (description != null) {
      form.text("description", description);
    }
    return form.file("file", file).build();
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildSticker reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
