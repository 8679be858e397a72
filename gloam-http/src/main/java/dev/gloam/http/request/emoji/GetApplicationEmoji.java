package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EmojiMarker;

/**
 * Gets one emoji the application owns. Maps "Get Application Emoji" ({@code GET
 * /applications/{application.id}/emojis/{emoji.id}}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#applicationEmoji}.
 *
 * <pre>{@code
 * Emoji emoji = client.applicationEmoji(applicationId, emojiId).send().model();
 * }</pre>
 */
public final class GetApplicationEmoji extends Request<Emoji> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#applicationEmoji} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param emojiId the emoji
   */
  public GetApplicationEmoji(
      Transport transport, Id<ApplicationMarker> applicationId, Id<EmojiMarker> emojiId) {
    super(
        transport, Route.GET_APPLICATION_EMOJI, BodyReader.of(Emoji.class), applicationId, emojiId);
  }
}
