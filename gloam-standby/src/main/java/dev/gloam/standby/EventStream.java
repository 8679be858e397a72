package dev.gloam.standby;

import dev.gloam.model.gateway.event.Event;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Every event that matches a wait, in the order {@link Standby#process} saw them, from the moment
 * the stream was made until it is closed. Events that arrive while the reader is busy are buffered,
 * so a loop over the stream sees them all, with no gap between two iterations.
 *
 * <p>Reading blocks, which is cheap on a virtual thread. One thread reads a stream; closing it may
 * happen from any thread and wakes the reader. A stream ends:
 *
 * <ul>
 *   <li>when its reader closes it: iteration then simply stops;
 *   <li>when its predicate throws, when its reader falls too far behind, or when the {@code
 *       Standby} is closed: the reader first gets the events already buffered, then a {@link
 *       StandbyException} whose {@link StandbyException#kind() kind} says why.
 * </ul>
 *
 * <pre>{@code
 * try (EventStream<MessageReactionAdd> votes = standby.streamReactions(pollId, r -> true)) {
 *   Optional<MessageReactionAdd> vote;
 *   while ((vote = votes.poll(Duration.ofMinutes(5))).isPresent()) {
 *     tally(vote.get().emoji());
 *   }
 * }
 * }</pre>
 *
 * @param <E> the type of the events
 */
public final class EventStream<E extends Event> implements Iterable<E>, AutoCloseable {
  private final StreamBuffer<E> buffer;
  private final Runnable deregister;

  EventStream(StreamBuffer<E> buffer, Runnable deregister) {
    this.buffer = buffer;
    this.deregister = deregister;
  }

  /**
   * Waits for the next event.
   *
   * @return the event
   * @throws InterruptedException if the thread is interrupted while it waits
   * @throws StandbyException if the stream has ended: {@link StandbyException.Kind#CLOSED} after
   *     {@link #close()}, or the reason it ended otherwise
   */
  public E take() throws InterruptedException {
    E event = buffer.next(-1);
    if (event == null) {
      throw ended();
    }
    return event;
  }

  /**
   * Waits at most {@code timeout} for the next event: the way to end a menu that nobody answers.
   *
   * @param timeout how long to wait; zero or negative only takes what is already buffered
   * @return the event, or empty if none came in time
   * @throws InterruptedException if the thread is interrupted while it waits
   * @throws StandbyException if the stream has ended, as for {@link #take()}
   */
  public Optional<E> poll(Duration timeout) throws InterruptedException {
    long nanos = Math.max(0, saturatedNanos(timeout));
    E event = buffer.next(nanos);
    if (event != null) {
      return Optional.of(event);
    }
    if (buffer.isDrained()) {
      throw ended();
    }
    return Optional.empty();
  }

  /**
   * Iterates over the events as they come: {@code hasNext()} waits for the next one. Iteration
   * stops after {@link #close()}; if the stream ended for another reason, {@code hasNext()} throws
   * that {@link StandbyException} once the buffered events have been read. An interrupt while
   * waiting throws a {@code StandbyException} of kind {@link StandbyException.Kind#INTERRUPTED} and
   * keeps the thread's interrupt flag set.
   *
   * @return an iterator over this stream; use one at a time
   */
  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private E next;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        try {
          next = buffer.next(-1);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new StandbyException(
              StandbyException.Kind.INTERRUPTED,
              "interrupted while waiting for an event",
              interrupted);
        }
        if (next != null) {
          return true;
        }
        StandbyException failure = buffer.failure();
        if (failure != null) {
          throw failure;
        }
        return false;
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the stream was closed");
        }
        E event = next;
        next = null;
        return event;
      }
    };
  }

  /**
   * Stops the stream: no more events are buffered, what is buffered is discarded, and a reader
   * waiting in {@code take}, {@code poll} or the iterator wakes up. Closing twice does nothing.
   */
  @Override
  public void close() {
    buffer.close();
    deregister.run();
  }

  /**
   * Tells whether the stream has ended, by {@link #close()} or otherwise. Events may still be
   * buffered after an end that was not a close.
   *
   * @return whether no more events will be added
   */
  public boolean isClosed() {
    return buffer.isClosed();
  }

  private StandbyException ended() {
    StandbyException failure = buffer.failure();
    return failure != null
        ? failure
        : new StandbyException(StandbyException.Kind.CLOSED, "the stream was closed");
  }

  private static long saturatedNanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      return timeout.isNegative() ? 0 : TimeUnit.DAYS.toNanos(365L * 100);
    }
  }
}
