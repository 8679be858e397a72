package dev.gloam.http.request.emoji;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.emoji.EmojiChecks;
import java.util.List;

/**
 * Uploads a custom emoji to a guild. Maps "Create Guild Emoji" ({@code POST
 * /guilds/{guild.id}/emojis}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#createGuildEmoji}.
 *
 * <pre>{@code
 * Emoji emoji =
 *     client.createGuildEmoji(guildId, "gloam", DataUri.png(bytes)).reason("new logo").send().model();
 * }</pre>
 */
public final class CreateGuildEmoji extends Request<Emoji> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#createGuildEmoji} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the name, 2 to 32 letters, digits or underscores
   * @param image the image, at most 256 KiB
   */
  public CreateGuildEmoji(
      Transport transport, Id<GuildMarker> guildId, String name, DataUri image) {
    super(transport, Route.CREATE_GUILD_EMOJI, BodyReader.of(Emoji.class), guildId);
    name(name);
    image(image);
  }

  /**
   * Sets the name: 2 to 32 letters, digits or underscores.
   *
   * @param name the name
   * @return this request
   */
  public CreateGuildEmoji name(String name) {
    json().set("name", name);
    check(() -> EmojiChecks.name(name));
    return this;
  }

  /**
   * Sets the image, a PNG, JPEG, GIF, WebP or AVIF file of at most 256 KiB; a GIF makes the emoji
   * animated.
   *
   * @param image the image as a data URI
   * @return this request
   */
  public CreateGuildEmoji image(DataUri image) {
    json().set("image", image.uri());
    check(() -> EmojiChecks.image(image.size()));
    return this;
  }

  /**
   * Sets the roles allowed to use the emoji; without roles everyone may.
   *
   * @param roles the roles
   * @return this request
   */
  public CreateGuildEmoji roles(List<Id<RoleMarker>> roles) {
    json().set("roles", roles == null ? null : List.copyOf(roles));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildEmoji reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
