package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.stage.StageInstance;

/**
 * A stage went live. Maps Discord's "Stage Instance Create" event (events/gateway-events), whose
 * {@code d} is the object itself.
 *
 * @param stageInstance the new stage instance
 */
public record StageInstanceCreate(@JsonValue StageInstance stageInstance) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param stageInstance the new stage instance
   * @return the event
   */
  @JsonCreator
  public static StageInstanceCreate of(StageInstance stageInstance) {
    return new StageInstanceCreate(stageInstance);
  }

  @Override
  public EventType kind() {
    return EventType.STAGE_INSTANCE_CREATE;
  }
}
