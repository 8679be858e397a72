package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.Channel;

/**
 * A thread was created, or the bot was added to a private thread. Maps Discord's "Thread Create"
 * event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param thread the thread
 */
public record ThreadCreate(@JsonValue Channel thread) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param thread the thread
   * @return the event
   */
  @JsonCreator
  public static ThreadCreate of(Channel thread) {
    return new ThreadCreate(thread);
  }

  @Override
  public EventType kind() {
    return EventType.THREAD_CREATE;
  }
}
