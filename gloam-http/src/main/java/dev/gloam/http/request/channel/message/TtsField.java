package dev.gloam.http.request.channel.message;

/**
 * The {@code tts} field of requests that create a message.
 *
 * <pre>{@code
 * client.createMessage(channelId).content("Hello").tts(true).send();
 * }</pre>
 *
 * @param <S> the request type
 */
public interface TtsField<S extends TtsField<S>> extends MessageFields<S> {
  /**
   * Sets whether the message is read aloud by text-to-speech.
   *
   * @param tts {@code true} for a text-to-speech message
   * @return this request
   */
  @SuppressWarnings("unchecked")
  default S tts(boolean tts) {
    draft().set("tts", tts, null);
    return (S) this;
  }
}
