package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.Channel;

/**
 * A thread was deleted; only its id, guild, parent and type are sent. Maps Discord's "Thread
 * Delete" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param thread the partial thread
 */
public record ThreadDelete(@JsonValue Channel thread) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param thread the partial thread
   * @return the event
   */
  @JsonCreator
  public static ThreadDelete of(Channel thread) {
    return new ThreadDelete(thread);
  }

  @Override
  public EventType kind() {
    return EventType.THREAD_DELETE;
  }
}
