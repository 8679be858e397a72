package dev.gloam.standby;

import dev.gloam.model.gateway.event.Event;
import java.lang.ref.WeakReference;
import java.util.function.Predicate;

/**
 * A wait for every matching event, buffered for an {@link EventStream}. It holds the stream only
 * weakly: a stream its program forgot without closing is dropped when the next event reaches it.
 */
final class StreamWaiter<E extends Event> extends Waiter<E> {
  private final StreamBuffer<E> buffer;
  private WeakReference<EventStream<E>> owner;

  StreamWaiter(
      Class<E> type,
      Predicate<? super E> predicate,
      Index<Object> index,
      Object key,
      StreamBuffer<E> buffer) {
    super(type, predicate, index, key);
    this.buffer = buffer;
  }

  void owner(EventStream<E> stream) {
    this.owner = new WeakReference<>(stream);
  }

  @Override
  boolean isGone() {
    if (buffer.isClosed()) {
      return true;
    }
    if (owner.get() == null) {
      buffer.close();
      return true;
    }
    return false;
  }

  @Override
  Outcome deliver(E event) {
    return switch (buffer.offer(event)) {
      case ACCEPTED -> Outcome.STREAMED;
      case CLOSED -> {
        deregister();
        yield Outcome.DROPPED;
      }
      case OVERFLOWED -> {
        deregister();
        yield Outcome.FAILED;
      }
    };
  }

  @Override
  void end(StandbyException reason) {
    buffer.fail(reason);
  }
}
