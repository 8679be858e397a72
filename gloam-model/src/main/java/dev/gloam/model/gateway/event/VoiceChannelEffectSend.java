package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;
import java.util.Optional;

/**
 * Someone sent an effect, such as an emoji reaction or a soundboard sound, in a voice channel the
 * bot is in. Maps Discord's "Voice Channel Effect Send" event (events/gateway-events).
 *
 * @param channelId the voice channel
 * @param guildId the guild
 * @param userId who sent the effect
 * @param emoji the emoji, for emoji reactions and soundboard effects (may be {@code null})
 * @param animationType the emoji animation, for emoji reactions (may be {@code null})
 * @param animationId the emoji animation's id, for emoji reactions and soundboard effects
 * @param soundId the soundboard sound, for soundboard effects (Discord sends a string or a number)
 * @param soundVolume the sound's volume, from 0 to 1, for soundboard effects
 */
public record VoiceChannelEffectSend(
    Id<ChannelMarker> channelId,
    Id<GuildMarker> guildId,
    Id<UserMarker> userId,
    @JsonInclude(Include.NON_ABSENT) Optional<Emoji> emoji,
    @JsonInclude(Include.NON_ABSENT) Optional<AnimationType> animationType,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> animationId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<SoundboardSoundMarker>> soundId,
    @JsonInclude(Include.NON_ABSENT) Optional<Double> soundVolume)
    implements Event {

  @Override
  public EventType kind() {
    return EventType.VOICE_CHANNEL_EFFECT_SEND;
  }

  /**
   * How an emoji effect is animated. Maps Discord's "Animation Types" (events/gateway-events).
   *
   * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its value.
   */
  public static final class AnimationType extends IntEnum {
    private static final IntEnumRegistry<AnimationType> VALUES =
        new IntEnumRegistry<>(value -> new AnimationType(value, null));

    /** The richer animation that Nitro subscribers send (0). */
    public static final AnimationType PREMIUM = VALUES.register(new AnimationType(0, "PREMIUM"));

    /** The standard animation (1). */
    public static final AnimationType BASIC = VALUES.register(new AnimationType(1, "BASIC"));

    private AnimationType(int value, String name) {
      super(value, name);
    }

    /**
     * Returns the animation type with the given raw value.
     *
     * @param value the raw value
     * @return the constant, or an unnamed instance for an unknown value
     */
    @JsonCreator
    public static AnimationType of(int value) {
      return VALUES.of(value);
    }

    @JsonValue
    private int wire() {
      return value();
    }
  }
}
