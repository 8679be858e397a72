package dev.gloam.testkit.internal.wire;

import dev.gloam.testkit.WireEvent;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ordered record of everything that crossed the wire, with live listeners. */
public final class WireLog {

  private static final Logger LOG = LoggerFactory.getLogger(WireLog.class);

  private final Clock clock;
  private final Redactor redactor;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<WireEvent> events = new ArrayList<>();
  private final List<Consumer<? super WireEvent>> listeners = new CopyOnWriteArrayList<>();

  /**
   * Creates an empty log.
   *
   * @param clock where event times come from
   * @param redactor cleans every summary and body before it is stored
   */
  public WireLog(Clock clock, Redactor redactor) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
  }

  /**
   * Records an event and tells the listeners, on the calling thread.
   *
   * @param transport gateway or REST
   * @param direction which way it went
   * @param summary one line for humans
   * @param body the JSON text or empty
   */
  public void record(Transport transport, Direction direction, String summary, String body) {
    notifyListeners(append(transport, direction, summary, body));
  }

  /**
   * Records an event without telling the listeners yet. Callers that hold a lock use this and call
   * {@link #notifyListeners} after releasing it, because a listener may call back into the testkit
   * and must never run under a connection's lock.
   *
   * @param transport gateway or REST
   * @param direction which way it went
   * @param summary one line for humans
   * @param body the JSON text or empty
   * @return the recorded event
   */
  public WireEvent append(Transport transport, Direction direction, String summary, String body) {
    WireEvent event =
        new WireEvent(
            clock.instant(), transport, direction, redactor.redact(summary), redactor.redact(body));
    lock.lock();
    try {
      events.add(event);
    } finally {
      lock.unlock();
    }
    LOG.debug("{}", event);
    return event;
  }

  /**
   * Tells the listeners about an event already appended.
   *
   * @param event the event
   */
  public void notifyListeners(WireEvent event) {
    for (Consumer<? super WireEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        // A faulty test listener must not break the testkit thread that is sending a frame.
        LOG.warn("wire listener failed on {}", event, e);
      }
    }
  }

  /**
   * Returns every event recorded so far, oldest first.
   *
   * @return an immutable snapshot
   */
  public List<WireEvent> snapshot() {
    lock.lock();
    try {
      return List.copyOf(events);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds a listener for events recorded from now on.
   *
   * @param listener called on the testkit thread that records or sends the event
   */
  public void addListener(Consumer<? super WireEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }
}
