package dev.gloam.http;

import dev.gloam.http.request.voice.GetCurrentUserVoiceState;
import dev.gloam.http.request.voice.GetGuildVoiceRegions;
import dev.gloam.http.request.voice.GetUserVoiceState;
import dev.gloam.http.request.voice.GetVoiceRegions;
import dev.gloam.http.request.voice.UpdateCurrentUserVoiceState;
import dev.gloam.http.request.voice.UpdateUserVoiceState;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Voice: voice states in a guild and the voice regions (resources/voice).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/regions}
 *   <li>{@code GET /guilds/{guild_id}/voice-states/@me}
 *   <li>{@code PATCH /guilds/{guild_id}/voice-states/@me}
 *   <li>{@code GET /guilds/{guild_id}/voice-states/{user_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/voice-states/{user_id}}
 *   <li>{@code GET /voice/regions}
 * </ul>
 */
public sealed interface VoiceRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the voice regions that may be set as a voice channel's region. Maps "List Voice Regions"
   * ({@code GET /voice/regions}, resources/voice).
   *
   * @return the request, to fill in and send
   */
  default GetVoiceRegions voiceRegions() {
    return new GetVoiceRegions(transport());
  }

  /**
   * Gets the voice regions of a guild, with the optimal one for it and any custom ones. Maps "Get
   * Guild Voice Regions" ({@code GET /guilds/{guild.id}/regions}, resources/guild).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetGuildVoiceRegions guildVoiceRegions(Id<GuildMarker> guildId) {
    return new GetGuildVoiceRegions(transport(), guildId);
  }

  /**
   * Gets the bot's voice state in a guild; Discord answers 404 when the bot is in no voice channel
   * there. Maps "Get Current User Voice State" ({@code GET /guilds/{guild.id}/voice-states/@me},
   * resources/voice).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetCurrentUserVoiceState currentUserVoiceState(Id<GuildMarker> guildId) {
    return new GetCurrentUserVoiceState(transport(), guildId);
  }

  /**
   * Gets a user's voice state in a guild; Discord answers 404 when the user is in no voice channel
   * there. Maps "Get User Voice State" ({@code GET /guilds/{guild.id}/voice-states/{user.id}},
   * resources/voice).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request, to fill in and send
   */
  default GetUserVoiceState userVoiceState(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new GetUserVoiceState(transport(), guildId, userId);
  }

  /**
   * Changes the bot's own voice state on a stage: become a speaker or listener, or ask to speak.
   * Maps "Modify Current User Voice State" ({@code PATCH /guilds/{guild.id}/voice-states/@me},
   * resources/voice).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default UpdateCurrentUserVoiceState updateCurrentUserVoiceState(Id<GuildMarker> guildId) {
    return new UpdateCurrentUserVoiceState(transport(), guildId);
  }

  /**
   * Changes another user's voice state on a stage: invite them to speak or move them to the
   * audience. Maps "Modify User Voice State" ({@code PATCH
   * /guilds/{guild.id}/voice-states/{user.id}}, resources/voice).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request, to fill in and send
   */
  default UpdateUserVoiceState updateUserVoiceState(
      Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new UpdateUserVoiceState(transport(), guildId, userId);
  }
}
