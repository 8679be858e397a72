package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.stage.StageInstance;

/**
 * A stage was closed or its instance removed. Maps Discord's "Stage Instance Delete" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param stageInstance the stage instance as it was
 */
public record StageInstanceDelete(@JsonValue StageInstance stageInstance) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param stageInstance the stage instance as it was
   * @return the event
   */
  @JsonCreator
  public static StageInstanceDelete of(StageInstance stageInstance) {
    return new StageInstanceDelete(stageInstance);
  }

  @Override
  public EventType kind() {
    return EventType.STAGE_INSTANCE_DELETE;
  }
}
