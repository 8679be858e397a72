package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EmojiMarker;

/**
 * Deletes an emoji the application owns. Maps "Delete Application Emoji" ({@code DELETE
 * /applications/{application.id}/emojis/{emoji.id}}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#deleteApplicationEmoji}.
 *
 * <pre>{@code
 * client.deleteApplicationEmoji(applicationId, emojiId).send();
 * }</pre>
 */
public final class DeleteApplicationEmoji extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#deleteApplicationEmoji} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param emojiId the emoji
   */
  public DeleteApplicationEmoji(
      Transport transport, Id<ApplicationMarker> applicationId, Id<EmojiMarker> emojiId) {
    super(transport, Route.DELETE_APPLICATION_EMOJI, BodyReader.empty(), applicationId, emojiId);
  }
}
