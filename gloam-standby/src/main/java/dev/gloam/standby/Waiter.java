package dev.gloam.standby;

import dev.gloam.model.gateway.event.Event;
import java.util.function.Predicate;

/**
 * One registered wait: which events it takes (a type and a predicate), where it is indexed, and
 * where a matching event goes (a future or a stream's buffer).
 */
abstract sealed class Waiter<E extends Event> permits OnceWaiter, StreamWaiter {
  /** What offering an event to a waiter came to. */
  enum Outcome {
    NO_MATCH,
    FULFILLED,
    STREAMED,
    DROPPED,
    FAILED
  }

  private final Class<E> type;
  private final Predicate<? super E> predicate;
  private final Index<Object> index;
  private final Object key;

  Waiter(Class<E> type, Predicate<? super E> predicate, Index<Object> index, Object key) {
    this.type = type;
    this.predicate = predicate;
    this.index = index;
    this.key = key;
  }

  final void register() {
    index.add(key, this);
  }

  final void deregister() {
    index.remove(key, this);
  }

  /**
   * Tests the event on the calling thread and hands it over on a match. A predicate that throws
   * ends this waiter only; the exception never reaches the caller of {@code process}.
   */
  final Outcome offer(Event event) {
    if (isGone()) {
      deregister();
      return Outcome.DROPPED;
    }
    if (!type.isInstance(event)) {
      return Outcome.NO_MATCH;
    }
    E typed = type.cast(event);
    boolean accepted;
    try {
      accepted = predicate.test(typed);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable thrown) {
      deregister();
      end(
          new StandbyException(
              StandbyException.Kind.PREDICATE_FAILED,
              "the predicate threw on " + event.kind(),
              thrown));
      return Outcome.FAILED;
    }
    return accepted ? deliver(typed) : Outcome.NO_MATCH;
  }

  /** Whether nobody listens any more, so the waiter can be dropped. */
  abstract boolean isGone();

  abstract Outcome deliver(E event);

  /** Ends the wait with an error: the future fails, or the stream stops after its buffer. */
  abstract void end(StandbyException reason);
}
