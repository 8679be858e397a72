package dev.gloam.gateway;

import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import java.util.Objects;

/**
 * An event received by one shard of a {@link ShardGroup}, with the shard it came from.
 *
 * @param shard the shard that received it
 * @param event the event
 */
public record ShardEvent(ShardId shard, Event event) {

  /** Checks the parts. */
  public ShardEvent {
    Objects.requireNonNull(shard, "shard");
    Objects.requireNonNull(event, "event");
  }
}
