package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.Channel;

/**
 * A thread was updated; not sent for {@code last_message_id} changes. Maps Discord's "Thread
 * Update" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param thread the thread as it is now
 */
public record ThreadUpdate(@JsonValue Channel thread) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param thread the thread as it is now
   * @return the event
   */
  @JsonCreator
  public static ThreadUpdate of(Channel thread) {
    return new ThreadUpdate(thread);
  }

  @Override
  public EventType kind() {
    return EventType.THREAD_UPDATE;
  }
}
