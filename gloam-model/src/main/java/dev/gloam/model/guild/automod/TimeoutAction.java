package dev.gloam.model.guild.automod;

import java.time.Duration;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Times the member out ({@link AutoModerationActionType#TIMEOUT}). Only {@link TriggerType#KEYWORD}
 * and {@link TriggerType#MENTION_SPAM} rules can have it.
 *
 * @param metadata the action's settings
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record TimeoutAction(Metadata metadata) implements AutoModerationAction {

  @Override
  public AutoModerationActionType type() {
    return AutoModerationActionType.TIMEOUT;
  }

  /**
   * The settings of a timeout action. Maps the {@code TIMEOUT} row of Discord's "Action Metadata"
   * table.
   *
   * @param durationSeconds how long the timeout lasts, in seconds (at most four weeks)
   */
  public record Metadata(int durationSeconds) {

    /**
     * Returns the timeout's length as a duration.
     *
     * @return the duration
     */
    public Duration duration() {
      return Duration.ofSeconds(durationSeconds);
    }
  }
}
