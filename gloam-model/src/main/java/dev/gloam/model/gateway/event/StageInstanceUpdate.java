package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.stage.StageInstance;

/**
 * A live stage changed, for example its topic. Maps Discord's "Stage Instance Update" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param stageInstance the stage instance as it is now
 */
public record StageInstanceUpdate(@JsonValue StageInstance stageInstance) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param stageInstance the stage instance as it is now
   * @return the event
   */
  @JsonCreator
  public static StageInstanceUpdate of(StageInstance stageInstance) {
    return new StageInstanceUpdate(stageInstance);
  }

  @Override
  public EventType kind() {
    return EventType.STAGE_INSTANCE_UPDATE;
  }
}
