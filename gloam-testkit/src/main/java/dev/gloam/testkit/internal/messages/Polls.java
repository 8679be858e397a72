package dev.gloam.testkit.internal.messages;

import dev.gloam.testkit.internal.world.StoredMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Questions about a message's poll ({@code resources/poll.mdx}). */
public final class Polls {

  private Polls() {}

  /**
   * Tells whether a poll has an answer.
   *
   * @param message the poll's message
   * @param answerId the answer
   * @return true if the message has a poll with that answer
   */
  public static boolean hasAnswer(StoredMessage message, int answerId) {
    ObjectNode poll = message.extras().poll();
    if (poll == null) {
      return false;
    }
    for (JsonNode answer : poll.path("answers")) {
      if (answer.path("answer_id").asInt() == answerId) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a poll no longer takes votes: it was ended, or its expiry has passed.
   *
   * @param message the poll's message
   * @param now the world's time
   * @return true if the poll is over
   */
  public static boolean isOver(StoredMessage message, Instant now) {
    ObjectNode poll = message.extras().poll();
    if (poll == null || message.extras().pollFinalized()) {
      return true;
    }
    try {
      return !OffsetDateTime.parse(poll.path("expiry").asString()).toInstant().isAfter(now);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
