package dev.gloam.http.request.voice;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.time.Instant;

/**
 * Changes the bot's own voice state on a stage: become a speaker or listener, or ask to speak. Maps
 * "Modify Current User Voice State" ({@code PATCH /guilds/{guild.id}/voice-states/@me},
 * resources/voice). Obtained from {@link dev.gloam.http.VoiceRequests#updateCurrentUserVoiceState}.
 *
 * <pre>{@code
 * client.updateCurrentUserVoiceState(guildId).channelId(stageId).suppress(false).send();
 * }</pre>
 */
public final class UpdateCurrentUserVoiceState extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.VoiceRequests#updateCurrentUserVoiceState}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateCurrentUserVoiceState(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.UPDATE_SELF_VOICE_STATE, BodyReader.empty(), guildId);
  }

  /**
   * Sets the stage channel the user is in; Discord only accepts the channel they are already in.
   *
   * @param channelId the stage channel
   * @return this request
   */
  public UpdateCurrentUserVoiceState channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    return this;
  }

  /**
   * Sets whether the user is suppressed, which on a stage makes them a listener instead of a
   * speaker.
   *
   * @param suppress {@code true} to suppress
   * @return this request
   */
  public UpdateCurrentUserVoiceState suppress(boolean suppress) {
    json().set("suppress", suppress);
    return this;
  }

  /**
   * Raises or lowers the bot's hand on a stage: a time (present or future) asks to speak, {@code
   * null} withdraws the request.
   *
   * @param requestToSpeakTimestamp when the request was made, or {@code null}
   * @return this request
   */
  public UpdateCurrentUserVoiceState requestToSpeakTimestamp(Instant requestToSpeakTimestamp) {
    json().set("request_to_speak_timestamp", requestToSpeakTimestamp);
    return this;
  }
}
