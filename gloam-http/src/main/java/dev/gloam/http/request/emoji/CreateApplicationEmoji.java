package dev.gloam.http.request.emoji;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.validate.emoji.EmojiChecks;

/**
 * Uploads an emoji that the application owns. Maps "Create Application Emoji" ({@code POST
 * /applications/{application.id}/emojis}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#createApplicationEmoji}.
 *
 * <pre>{@code
 * Emoji emoji = client.createApplicationEmoji(applicationId, "gloam", DataUri.png(bytes)).send().model();
 * }</pre>
 */
public final class CreateApplicationEmoji extends Request<Emoji> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#createApplicationEmoji} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param name the name, 2 to 32 letters, digits or underscores
   * @param image the image, at most 256 KiB
   */
  public CreateApplicationEmoji(
      Transport transport, Id<ApplicationMarker> applicationId, String name, DataUri image) {
    super(transport, Route.CREATE_APPLICATION_EMOJI, BodyReader.of(Emoji.class), applicationId);
    name(name);
    image(image);
  }

  /**
   * Sets the name: 2 to 32 letters, digits or underscores.
   *
   * @param name the name
   * @return this request
   */
  public CreateApplicationEmoji name(String name) {
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
  public CreateApplicationEmoji image(DataUri image) {
    json().set("image", image.uri());
    check(() -> EmojiChecks.image(image.size()));
    return this;
  }
}
