package dev.gloam.cache.inmemory.form;

import dev.gloam.model.voice.VoiceState;
import java.time.Instant;

/**
 * A user's voice connection in a guild as the cache keeps it (Discord: resources/voice "Voice State
 * Object").
 *
 * <p>The cache reads the user and the channel, to list who is in a voice channel.
 */
public interface CachedVoiceState {

  /**
   * Returns the user this voice state belongs to.
   *
   * @return the user id
   */
  long userId();

  /**
   * Returns the voice channel the user is connected to.
   *
   * @return the channel id
   */
  long channelId();

  /**
   * The standard form.
   *
   * @param userId the user id
   * @param channelId the channel id
   * @param sessionId the voice session id
   * @param states the {@code DEAF}, {@code MUTE}, {@code SELF_DEAF}, {@code SELF_MUTE}, {@code
   *     SELF_STREAM}, {@code SELF_VIDEO} and {@code SUPPRESS} bits
   * @param requestToSpeakTimestamp when the user asked to speak in a stage, or null
   */
  record Standard(
      long userId, long channelId, String sessionId, short states, Instant requestToSpeakTimestamp)
      implements CachedVoiceState {

    /** Deafened by the guild. */
    public static final short DEAF = 1;

    /** Muted by the guild. */
    public static final short MUTE = 1 << 1;

    /** Deafened by the user. */
    public static final short SELF_DEAF = 1 << 2;

    /** Muted by the user. */
    public static final short SELF_MUTE = 1 << 3;

    /** Streaming with Go Live. */
    public static final short SELF_STREAM = 1 << 4;

    /** Camera on. */
    public static final short SELF_VIDEO = 1 << 5;

    /** Not allowed to speak (stage audience). */
    public static final short SUPPRESS = 1 << 6;

    /**
     * Keeps a voice state's standard fields.
     *
     * @param state the voice state of a user in a channel
     * @return the cached form
     */
    public static Standard of(VoiceState state) {
      int states =
          (state.deaf() ? DEAF : 0)
              | (state.mute() ? MUTE : 0)
              | (state.selfDeaf() ? SELF_DEAF : 0)
              | (state.selfMute() ? SELF_MUTE : 0)
              | (state.selfStream().orElse(false) ? SELF_STREAM : 0)
              | (state.selfVideo() ? SELF_VIDEO : 0)
              | (state.suppress() ? SUPPRESS : 0);
      return new Standard(
          state.userId().value(),
          Ids.orZero(state.channelId()),
          state.sessionId(),
          (short) states,
          state.requestToSpeakTimestamp().orElse(null));
    }

    /**
     * Tells whether a state bit is set.
     *
     * @param bit one of this record's constants
     * @return true if set
     */
    public boolean has(short bit) {
      return (states & bit) != 0;
    }
  }
}
