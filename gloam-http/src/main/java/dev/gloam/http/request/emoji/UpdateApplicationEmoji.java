package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.validate.emoji.EmojiChecks;

/**
 * Renames an emoji the application owns. Maps "Modify Application Emoji" ({@code PATCH
 * /applications/{application.id}/emojis/{emoji.id}}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#updateApplicationEmoji}.
 *
 * <pre>{@code
 * client.updateApplicationEmoji(applicationId, emojiId).name("gloam_v2").send();
 * }</pre>
 */
public final class UpdateApplicationEmoji extends Request<Emoji> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#updateApplicationEmoji} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param emojiId the emoji
   */
  public UpdateApplicationEmoji(
      Transport transport, Id<ApplicationMarker> applicationId, Id<EmojiMarker> emojiId) {
    super(
        transport,
        Route.UPDATE_APPLICATION_EMOJI,
        BodyReader.of(Emoji.class),
        applicationId,
        emojiId);
  }

  /**
   * Sets the name: 2 to 32 letters, digits or underscores.
   *
   * @param name the name
   * @return this request
   */
  public UpdateApplicationEmoji name(String name) {
    json().set("name", name);
    check(() -> EmojiChecks.name(name));
    return this;
  }
}
