package dev.gloam.http.request.voice;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.voice.VoiceState;

/**
 * Gets the bot's voice state in a guild; Discord answers 404 when the bot is in no voice channel
 * there. Maps "Get Current User Voice State" ({@code GET /guilds/{guild.id}/voice-states/@me},
 * resources/voice). Obtained from {@link dev.gloam.http.VoiceRequests#currentUserVoiceState}.
 *
 * <pre>{@code
 * VoiceState state = client.currentUserVoiceState(guildId).send().model();
 * }</pre>
 */
public final class GetCurrentUserVoiceState extends Request<VoiceState> {
  /**
   * Creates the request; use {@link dev.gloam.http.VoiceRequests#currentUserVoiceState} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetCurrentUserVoiceState(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_SELF_VOICE_STATE, BodyReader.of(VoiceState.class), guildId);
  }
}
