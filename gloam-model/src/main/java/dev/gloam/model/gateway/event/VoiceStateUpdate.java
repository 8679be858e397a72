package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.voice.VoiceState;

/**
 * Someone joined, left or moved between voice channels, or changed their mute or deafen state. Maps
 * Discord's "Voice State Update" event (events/gateway-events), whose {@code d} is the object
 * itself.
 *
 * @param voiceState the user's voice state as it is now; an empty {@code channelId} means they left
 */
public record VoiceStateUpdate(@JsonValue VoiceState voiceState) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param voiceState the user's voice state as it is now; an empty {@code channelId} means they
   *     left
   * @return the event
   */
  @JsonCreator
  public static VoiceStateUpdate of(VoiceState voiceState) {
    return new VoiceStateUpdate(voiceState);
  }

  @Override
  public EventType kind() {
    return EventType.VOICE_STATE_UPDATE;
  }
}
