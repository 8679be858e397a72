package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.soundboard.SoundboardSound;

/**
 * A sound of a guild's soundboard changed. Maps Discord's "Guild Soundboard Sound Update" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param sound the sound as it is now
 */
public record GuildSoundboardSoundUpdate(@JsonValue SoundboardSound sound) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param sound the sound as it is now
   * @return the event
   */
  @JsonCreator
  public static GuildSoundboardSoundUpdate of(SoundboardSound sound) {
    return new GuildSoundboardSoundUpdate(sound);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_SOUNDBOARD_SOUND_UPDATE;
  }
}
