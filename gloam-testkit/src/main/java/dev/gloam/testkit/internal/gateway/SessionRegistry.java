package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.TestkitException;
import dev.gloam.testkit.internal.world.StoredMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The identified gateway sessions, for fanning events out and for waiting until bots connect. */
public final class SessionRegistry {

  private final Set<GatewayConnection> identified = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition readyChanged = lock.newCondition();
  private int readySessions;

  /** Creates an empty registry. */
  public SessionRegistry() {}

  /**
   * Adds a session that has identified, so that it receives events from now on.
   *
   * @param connection the session's connection
   */
  public void add(GatewayConnection connection) {
    identified.add(connection);
  }

  /**
   * Removes a session whose connection ended.
   *
   * @param connection the connection
   */
  public void remove(GatewayConnection connection) {
    identified.remove(connection);
  }

  /** Counts one more session that has been sent READY and its guilds. */
  public void readySent() {
    lock.lock();
    try {
      readySessions++;
      readyChanged.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at least {@code count} sessions have been sent READY since the start.
   *
   * @param count how many sessions
   * @param timeout how long to wait at most
   * @throws TestkitException of kind TIMEOUT or INTERRUPTED
   */
  public void awaitReady(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (readySessions < count) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new TestkitException(
              TestkitException.Kind.TIMEOUT,
              "only "
                  + readySessions
                  + " of "
                  + count
                  + " gateway sessions were sent READY within "
                  + timeout);
        }
        readyChanged.await(remaining, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestkitException(
          TestkitException.Kind.INTERRUPTED, "interrupted while waiting for sessions", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sends MESSAGE_CREATE to every identified session that should see it.
   *
   * @param message the new message
   */
  public void messageCreated(StoredMessage message) {
    for (GatewayConnection connection : List.copyOf(identified)) {
      connection.deliverMessageCreate(message);
    }
  }
}
