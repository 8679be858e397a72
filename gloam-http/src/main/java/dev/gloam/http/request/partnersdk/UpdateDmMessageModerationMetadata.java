package dev.gloam.http.request.partnersdk;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.Map;

/**
 * Records the app's own moderation decision about a message between two users as free-form
 * key-value pairs. Maps "Update User Message Moderation Metadata" ({@code PUT
 * /partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message.id}/moderation-metadata}, in Discord's
 * OpenAPI description). Obtained from {@link
 * dev.gloam.http.PartnerSdkRequests#updateDmMessageModerationMetadata}.
 *
 * <pre>{@code
 * client.updateDmMessageModerationMetadata(aliceId, bobId, messageId).metadata(Map.of("verdict", "ok")).send();
 * }</pre>
 */
public final class UpdateDmMessageModerationMetadata extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.PartnerSdkRequests#updateDmMessageModerationMetadata} instead.
   *
   * @param transport the client's transport
   * @param userId1 one user of the DM
   * @param userId2 the other user
   * @param messageId the message
   */
  public UpdateDmMessageModerationMetadata(
      Transport transport,
      Id<UserMarker> userId1,
      Id<UserMarker> userId2,
      Id<MessageMarker> messageId) {
    super(
        transport,
        Route.UPDATE_USER_MESSAGE_EXTERNAL_MODERATION_METADATA,
        BodyReader.empty(),
        userId1,
        userId2,
        messageId);
  }

  /**
   * Sets the key-value pairs: the body is this dictionary itself, up to 5 keys of up to 1024
   * characters with values of up to 2000 characters.
   *
   * @param metadata the pairs, replacing any set before
   * @return this request
   */
  public UpdateDmMessageModerationMetadata metadata(Map<String, String> metadata) {
    Map<String, String> copy = Map.copyOf(metadata);
    copy.forEach(json()::set);
    check(() -> LobbyChecks.moderationMetadata(copy));
    return this;
  }

  @Override
  protected RequestBody body() {
    // The dictionary is the whole body, so an empty one is still sent as {}.
    return new RequestBody.Json(json().bytes());
  }
}
