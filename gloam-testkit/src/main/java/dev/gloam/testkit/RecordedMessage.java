package dev.gloam.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as the offline Discord stored it, whoever sent it (the bot over REST or the test
 * through {@link OfflineDiscord#humanSays(long, String)}).
 *
 * @param id the message's snowflake
 * @param channelId the channel it was sent in
 * @param authorId the user who sent it
 * @param content the text of the message, empty if it had none
 * @param timestamp when it was stored
 * @param json the full message object as REST returned it, as JSON text
 */
public record RecordedMessage(
    long id, long channelId, long authorId, String content, Instant timestamp, String json) {

  /**
   * Checks that no reference component is null.
   *
   * @param id the message's snowflake
   * @param channelId the channel it was sent in
   * @param authorId the user who sent it
   * @param content the text of the message
   * @param timestamp when it was stored
   * @param json the full message object as JSON text
   */
  public RecordedMessage {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(json, "json");
  }
}
