package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.TestkitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The messages of every channel as they are now (edited, pinned, reacted to; deleted ones gone),
 * and the log of every message ever created, in order, with a way to wait for one.
 */
public final class MessageStore {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition added = lock.newCondition();
  private final Map<Long, NavigableMap<Long, StoredMessage>> channels = new HashMap<>();
  // Append-only, so that waiters can remember how far they have looked.
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
      channels
          .computeIfAbsent(message.channelId(), id -> new TreeMap<>())
          .put(message.id(), message);
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
      NavigableMap<Long, StoredMessage> channel = channels.get(channelId);
      return channel == null ? Optional.empty() : Optional.ofNullable(channel.get(messageId));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Replaces a stored message with its changed version (same id and channel).
   *
   * @param message the changed message
   * @throws IllegalArgumentException if no message with that id is stored in that channel
   */
  public void replace(StoredMessage message) {
    lock.lock();
    try {
      NavigableMap<Long, StoredMessage> channel = channels.get(message.channelId());
      if (channel == null || !channel.containsKey(message.id())) {
        throw new IllegalArgumentException("unknown message " + message.id());
      }
      channel.put(message.id(), message);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes a message. The log of created messages that waiters read keeps it.
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the removed message, if it was stored
   */
  public Optional<StoredMessage> remove(long channelId, long messageId) {
    lock.lock();
    try {
      NavigableMap<Long, StoredMessage> channel = channels.get(channelId);
      return channel == null ? Optional.empty() : Optional.ofNullable(channel.remove(messageId));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the messages of a channel in a snowflake range, newest first.
   *
   * @param channelId the channel
   * @param fromExclusive only messages newer than this id (0 for no lower bound)
   * @param toExclusive only messages older than this id ({@link Long#MAX_VALUE} for none)
   * @return the messages, newest first
   */
  public List<StoredMessage> between(long channelId, long fromExclusive, long toExclusive) {
    lock.lock();
    try {
      NavigableMap<Long, StoredMessage> channel = channels.get(channelId);
      if (channel == null || fromExclusive >= toExclusive) {
        return List.of();
      }
      return List.copyOf(
          channel.subMap(fromExclusive, false, toExclusive, false).descendingMap().values());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the pinned messages of a channel, the most recently pinned first.
   *
   * @param channelId the channel
   * @return the messages
   */
  public List<StoredMessage> pinned(long channelId) {
    lock.lock();
    try {
      NavigableMap<Long, StoredMessage> channel = channels.get(channelId);
      if (channel == null) {
        return List.of();
      }
      return channel.values().stream()
          .filter(StoredMessage::pinned)
          .sorted(
              Comparator.comparing((StoredMessage m) -> m.extras().pinnedAt())
                  .thenComparingLong(StoredMessage::id)
                  .reversed())
          .toList();
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
      NavigableMap<Long, StoredMessage> channel = channels.get(channelId);
      return channel == null || channel.isEmpty() ? null : channel.lastKey();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the messages of a channel as they are now, oldest first.
   *
   * @param channelId the channel
   * @return an immutable snapshot
   */
  public List<RecordedMessage> inChannel(long channelId) {
    List<StoredMessage> current;
    lock.lock();
    try {
      NavigableMap<Long, StoredMessage> channel = channels.get(channelId);
      current = channel == null ? List.of() : List.copyOf(channel.values());
    } finally {
      lock.unlock();
    }
    return current.stream().map(StoredMessage::toRecorded).toList();
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
