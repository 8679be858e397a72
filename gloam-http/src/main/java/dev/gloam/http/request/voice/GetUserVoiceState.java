package dev.gloam.http.request.voice;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.voice.VoiceState;

/**
 * Gets a user's voice state in a guild; Discord answers 404 when the user is in no voice channel
 * there. Maps "Get User Voice State" ({@code GET /guilds/{guild.id}/voice-states/{user.id}},
 * resources/voice). Obtained from {@link dev.gloam.http.VoiceRequests#userVoiceState}.
 *
 * <pre>{@code
 * VoiceState state = client.userVoiceState(guildId, userId).send().model();
 * }</pre>
 */
public final class GetUserVoiceState extends Request<VoiceState> {
  /**
   * Creates the request; use {@link dev.gloam.http.VoiceRequests#userVoiceState} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   */
  public GetUserVoiceState(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.GET_VOICE_STATE, BodyReader.of(VoiceState.class), guildId, userId);
  }
}
