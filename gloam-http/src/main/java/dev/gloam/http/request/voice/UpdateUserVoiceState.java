package dev.gloam.http.request.voice;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Changes another user's voice state on a stage: invite them to speak or move them to the audience.
 * Maps "Modify User Voice State" ({@code PATCH /guilds/{guild.id}/voice-states/{user.id}},
 * resources/voice). Obtained from {@link dev.gloam.http.VoiceRequests#updateUserVoiceState}.
 *
 * <pre>{@code
 * client.updateUserVoiceState(guildId, userId).channelId(stageId).suppress(true).send();
 * }</pre>
 */
public final class UpdateUserVoiceState extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.VoiceRequests#updateUserVoiceState} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   */
  public UpdateUserVoiceState(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.UPDATE_VOICE_STATE, BodyReader.empty(), guildId, userId);
  }

  /**
   * Sets the stage channel the user is in; Discord only accepts the channel they are already in.
   *
   * @param channelId the stage channel
   * @return this request
   */
  public UpdateUserVoiceState channelId(Id<ChannelMarker> channelId) {
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
  public UpdateUserVoiceState suppress(boolean suppress) {
    json().set("suppress", suppress);
    return this;
  }
}
