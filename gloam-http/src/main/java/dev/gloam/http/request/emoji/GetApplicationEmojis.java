package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.ApplicationEmojis;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * Gets the emojis the application owns, which it may use in any guild. Maps "List Application
 * Emojis" ({@code GET /applications/{application.id}/emojis}, resources/emoji). Obtained from
 * {@link dev.gloam.http.EmojiRequests#applicationEmojis}.
 *
 * <pre>{@code
 * List<Emoji> emojis = client.applicationEmojis(applicationId).send().model().items();
 * }</pre>
 */
public final class GetApplicationEmojis extends Request<ApplicationEmojis> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#applicationEmojis} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetApplicationEmojis(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.LIST_APPLICATION_EMOJIS,
        BodyReader.of(ApplicationEmojis.class),
        applicationId);
  }
}
