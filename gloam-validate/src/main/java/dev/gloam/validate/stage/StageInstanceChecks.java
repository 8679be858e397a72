package dev.gloam.validate.stage;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;

/**
 * Checks of the fields of "Create Stage Instance" and "Modify Stage Instance"
 * (resources/stage-instance).
 */
public final class StageInstanceChecks {
  /** The fewest characters a stage topic may have. */
  public static final int TOPIC_MIN = 1;

  /** The most characters a stage topic may have. */
  public static final int TOPIC_MAX = 120;

  private StageInstanceChecks() {}

  /**
   * Checks a stage topic.
   *
   * @param topic the topic, or {@code null} if not set
   * @throws ValidationException if it has fewer than {@value #TOPIC_MIN} or more than {@value
   *     #TOPIC_MAX} characters
   */
  public static void topic(String topic) {
    Check.length("topic", topic, TOPIC_MIN, TOPIC_MAX);
  }
}
