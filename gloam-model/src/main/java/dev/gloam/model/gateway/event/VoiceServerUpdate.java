package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/**
 * The voice server of a guild was assigned or changed: sent when the bot starts connecting to voice
 * and when its voice server fails over. Maps Discord's "Voice Server Update" event
 * (events/gateway-events).
 *
 * <p>An empty {@code endpoint} means the server went away and a new one is being allocated:
 * disconnect from voice and wait for the next event before connecting again. {@link #toString()}
 * hides the token.
 *
 * @param token the token to connect to the voice server with (a secret)
 * @param guildId the guild
 * @param endpoint the voice server's host, or empty (sent as {@code null}) while none is allocated
 */
public record VoiceServerUpdate(String token, Id<GuildMarker> guildId, Optional<String> endpoint)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.VOICE_SERVER_UPDATE;
  }

  /** Describes the update without its token. */
  @Override
  public String toString() {
    return "VoiceServerUpdate[token=<redacted>, guildId="
        + guildId
        + ", endpoint="
        + endpoint
        + "]";
  }
}
