package dev.gloam.testkit;

import dev.gloam.testkit.internal.gateway.load.LoadRunner;
import java.time.Duration;
import java.util.Objects;

/**
 * A running (or finished) load run, started with {@link Load#start}: how much it has sent, and a
 * way to stop it or wait for its end. Thread-safe.
 */
public final class LoadRun {

  private final LoadRunner runner;

  LoadRun(LoadRunner runner) {
    this.runner = runner;
  }

  /**
   * Returns the run's number, unique within the offline Discord; the HTTP control names runs by it.
   *
   * @return the id
   */
  public long id() {
    return runner.id();
  }

  /**
   * Returns the plan the run follows.
   *
   * @return the plan
   */
  public LoadPlan plan() {
    return runner.plan();
  }

  /**
   * Returns how many sessions the run sends to: the ready sessions of the chosen shards that own
   * the guild, when the run started.
   *
   * @return the number of sessions
   */
  public int sessions() {
    return runner.sessions();
  }

  /**
   * Returns how many events the run has generated so far. Each goes to every target session whose
   * intents ask for it.
   *
   * @return the count
   */
  public long events() {
    return runner.generated();
  }

  /**
   * Returns how many events of one type the run has generated so far.
   *
   * @param type the type
   * @return the count
   */
  public long events(LoadEvent type) {
    return runner.generated(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns how many dispatches the run has sent so far, summed over its sessions: numbered, kept
   * for RESUME and queued on the connection. With one session whose intents take every event, this
   * equals {@link #events()}.
   *
   * @return the count
   */
  public long sent() {
    return runner.dispatched();
  }

  /**
   * Returns when the run's events started to go out to the client, for timing what the client does
   * with them. For a {@linkplain LoadPlan#prepared() prepared} run, that is when it released its
   * connections, all events generated, numbered and compressed (or when it ended early, stopped or
   * failed); for any other run, when it started generating, since its events go out as they are
   * generated.
   *
   * @return a {@link System#nanoTime()} value of this JVM, or 0 if that has not happened yet
   */
  public long releasedAtNanos() {
    return runner.releasedAtNanos();
  }

  /**
   * Waits until the run's events started to go out (see {@link #releasedAtNanos()}).
   *
   * @param timeout how long to wait at most
   * @return true if they did in time
   * @throws TestkitException of kind INTERRUPTED if the waiting thread is interrupted
   */
  public boolean awaitReleased(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    try {
      return runner.awaitReleased(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestkitException(
          TestkitException.Kind.INTERRUPTED, "interrupted while waiting for a load run", e);
    }
  }

  /** Ends the run after the batch it is generating; what was sent stays sent. */
  public void stop() {
    runner.stop();
  }

  /**
   * Waits until the run has ended: it generated its events, its time ran out, it was stopped, or
   * none of its sessions remained valid. Its last dispatches may still be on their way to the
   * client.
   *
   * @param timeout how long to wait at most
   * @return true if it ended in time
   * @throws TestkitException of kind INTERRUPTED if the waiting thread is interrupted
   */
  public boolean await(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    try {
      return runner.await(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestkitException(
          TestkitException.Kind.INTERRUPTED, "interrupted while waiting for a load run", e);
    }
  }

  /**
   * Tells whether the run has ended.
   *
   * @return true once it ended
   */
  public boolean isDone() {
    return runner.isDone();
  }

  /**
   * Describes the run.
   *
   * @return its id, plan and counts
   */
  @Override
  public String toString() {
    return "LoadRun[id="
        + id()
        + ", events="
        + events()
        + ", sent="
        + sent()
        + ", done="
        + isDone()
        + ", "
        + plan()
        + "]";
  }
}
