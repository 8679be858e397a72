package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.TestkitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Every message ever stored, in the order they were stored, with a way to wait for one. */
public final class MessageStore {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition added = lock.newCondition();
  private final List<StoredMessage> messages = new ArrayList<>();
  private final List<RecordedMessage> recorded = new ArrayList<>();

  /** Creates an empty store. */
  public MessageStore() {}

  /**
   * Adds a message and wakes up waiters.
   *
   * @param message the message
   */
  public void add(StoredMessage message) {
    RecordedMessage view = message.toRecorded();
    lock.lock();
    try {
      messages.add(message);
      recorded.add(view);
      added.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Finds a message in a channel.
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the message, if it is stored in that channel
   */
  public Optional<StoredMessage> find(long channelId, long messageId) {
    lock.lock();
    try {
      return messages.stream()
          .filter(m -> m.id() == messageId && m.channelId() == channelId)
          .findFirst();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the newest message id of a channel.
   *
   * @param channelId the channel
   * @return the id, or null if the channel has no messages
   */
  public Long lastMessageId(long channelId) {
    lock.lock();
    try {
      for (int i = messages.size() - 1; i >= 0; i--) {
        if (messages.get(i).channelId() == channelId) {
          return messages.get(i).id();
        }
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the messages of a channel, oldest first.
   *
   * @param channelId the channel
   * @return an immutable snapshot
   */
  public List<RecordedMessage> inChannel(long channelId) {
    lock.lock();
    try {
      return recorded.stream().filter(m -> m.channelId() == channelId).toList();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a stored message matches, looking at the messages already stored first.
   *
   * @param condition what the message must satisfy
   * @param timeout how long to wait at most
   * @return the first matching message
   * @throws TestkitException of kind TIMEOUT or INTERRUPTED
   */
  public RecordedMessage await(Predicate<? super RecordedMessage> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    try {
      while (true) {
        List<RecordedMessage> fresh;
        lock.lock();
        try {
          while (checked == recorded.size()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
              throw new TestkitException(
                  TestkitException.Kind.TIMEOUT,
                  "no matching message within "
                      + timeout
                      + " ("
                      + recorded.size()
                      + " messages stored)");
            }
            added.await(remaining, TimeUnit.NANOSECONDS);
          }
          fresh = List.copyOf(recorded.subList(checked, recorded.size()));
          checked = recorded.size();
        } finally {
          lock.unlock();
        }
        // Tested without the lock: the condition may itself read or create messages.
        for (RecordedMessage candidate : fresh) {
          if (condition.test(candidate)) {
            return candidate;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestkitException(
          TestkitException.Kind.INTERRUPTED, "interrupted while waiting for a message", e);
    }
  }
}
