package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.soundboard.SoundboardSound;

/**
 * A sound was added to a guild's soundboard. Maps Discord's "Guild Soundboard Sound Create" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param sound the new sound
 */
public record GuildSoundboardSoundCreate(@JsonValue SoundboardSound sound) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param sound the new sound
   * @return the event
   */
  @JsonCreator
  public static GuildSoundboardSoundCreate of(SoundboardSound sound) {
    return new GuildSoundboardSoundCreate(sound);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_SOUNDBOARD_SOUND_CREATE;
  }
}
