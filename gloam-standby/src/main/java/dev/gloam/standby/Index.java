package dev.gloam.standby;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Waiters by key (a guild, a channel, a message, a modal's custom id), so that an event is only
 * offered to the waiters that can want it. Each key holds an array that is replaced, never changed,
 * so {@link #get} needs no lock while waiters come and go.
 */
final class Index<K> {
  private static final Waiter<?>[] NONE = new Waiter<?>[0];

  private final ConcurrentHashMap<K, Waiter<?>[]> byKey = new ConcurrentHashMap<>();

  void add(K key, Waiter<?> waiter) {
    byKey.merge(
        key,
        new Waiter<?>[] {waiter},
        (old, one) -> {
          Waiter<?>[] grown = Arrays.copyOf(old, old.length + 1);
          grown[old.length] = one[0];
          return grown;
        });
  }

  void remove(K key, Waiter<?> waiter) {
    byKey.computeIfPresent(
        key,
        (k, old) -> {
          int at = -1;
          for (int i = 0; i < old.length; i++) {
            if (old[i] == waiter) {
              at = i;
              break;
            }
          }
          if (at < 0) {
            return old;
          }
          if (old.length == 1) {
            return null;
          }
          Waiter<?>[] shrunk = new Waiter<?>[old.length - 1];
          System.arraycopy(old, 0, shrunk, 0, at);
          System.arraycopy(old, at + 1, shrunk, at, old.length - at - 1);
          return shrunk;
        });
  }

  Waiter<?>[] get(K key) {
    Waiter<?>[] waiters = byKey.get(key);
    return waiters == null ? NONE : waiters;
  }

  int size() {
    int count = 0;
    for (Waiter<?>[] waiters : byKey.values()) {
      count += waiters.length;
    }
    return count;
  }

  void forEach(Consumer<Waiter<?>> action) {
    for (Waiter<?>[] waiters : byKey.values()) {
      for (Waiter<?> waiter : waiters) {
        action.accept(waiter);
      }
    }
  }
}
