package dev.gloam.cache.inmemory.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LongMap against a HashMap, alone and under concurrent writers and readers. */
class LongMapTest {

  /** A value that says which key it was stored under, so that a reader can check what it got. */
  private record Entry(long key, long version) {}

  @Test
  void putGetRemoveAndTheCopies() {
    LongMap<String> map = new LongMap<>(4);
    long[] keys = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 41771983423143936L, 1};
    for (long key : keys) {
      assertThat(map.put(key, "v" + key)).isNull();
    }
    assertThat(map.size()).isEqualTo(keys.length);
    for (long key : keys) {
      assertThat(map.get(key)).isEqualTo("v" + key);
      assertThat(map.containsKey(key)).isTrue();
    }
    assertThat(map.put(1, "one")).isEqualTo("v1");
    assertThat(map.get(2)).isNull();
    assertThat(map.remove(0)).isEqualTo("v0");
    assertThat(map.remove(0)).isNull();
    assertThat(map.keys())
        .containsExactlyInAnyOrder(-1, Long.MIN_VALUE, Long.MAX_VALUE, 41771983423143936L, 1);
    assertThat(map.values()).hasSize(5).contains("one");
    map.clear();
    assertThat(map.isEmpty()).isTrue();
    assertThat(map.get(1)).isNull();
  }

  @Test
  void computeReplacesOrRemovesAtomically() {
    LongMap<Integer> map = new LongMap<>(1);
    assertThat(map.compute(7, old -> old == null ? 1 : old + 1)).isEqualTo(1);
    assertThat(map.compute(7, old -> old == null ? 1 : old + 1)).isEqualTo(2);
    assertThat(map.compute(7, old -> null)).isNull();
    assertThat(map.containsKey(7)).isFalse();
    assertThat(map.compute(8, old -> null)).isNull();
    assertThat(map.size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 64})
  void agreesWithAHashMapOverManyRandomOperations(int segments) {
    Random random = new Random(segments);
    LongMap<Long> map = new LongMap<>(segments);
    Map<Long, Long> reference = new HashMap<>();
    // Few distinct keys, so that removals, reinsertions, growth and shrinking all happen often;
    // snowflake-like keys so that they share most of their bits.
    long base = 1_100_000_000_000_000_000L;
    for (int i = 0; i < 200_000; i++) {
      long key = base + random.nextInt(5_000) * 4_194_304L + random.nextInt(3);
      int operation = random.nextInt(10);
      if (operation < 5) {
        assertThat(map.put(key, (long) i)).isEqualTo(reference.put(key, (long) i));
      } else if (operation < 8) {
        assertThat(map.remove(key)).isEqualTo(reference.remove(key));
      } else {
        long value = i;
        assertThat(map.compute(key, old -> old == null ? value : null))
            .isEqualTo(reference.compute(key, (k, old) -> old == null ? value : null));
      }
      if (i % 10_000 == 0) {
        assertThat(map.size()).isEqualTo(reference.size());
      }
    }
    assertThat(map.size()).isEqualTo(reference.size());
    for (Map.Entry<Long, Long> entry : reference.entrySet()) {
      assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(map.keys()).hasSize(reference.size());
    assertThat(map.values()).containsExactlyInAnyOrderElementsOf(reference.values());
    // Emptied key by key, it shrinks back without losing the rest.
    for (long key : map.keys()) {
      assertThat(map.remove(key)).isEqualTo(reference.remove(key));
      if (reference.size() % 500 == 0) {
        for (Map.Entry<Long, Long> entry : reference.entrySet()) {
          assertThat(map.get(entry.getKey())).isEqualTo(entry.getValue());
        }
      }
    }
    assertThat(map.isEmpty()).isTrue();
  }

  @Test
  void readersNeverSeeAnotherKeysValueWhileWritersWork() throws Exception {
    LongMap<Entry> map = new LongMap<>(4);
    int writers = 4;
    int keysPerWriter = 2_000;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(writers + 4);
    try {
      List<Future<?>> writerRuns = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        long first = 1_000_000L * (w + 1);
        writerRuns.add(
            threads.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (long key = first; key < first + keysPerWriter; key++) {
                      map.put(key, new Entry(key, round));
                    }
                    for (long key = first; key < first + keysPerWriter; key += 2) {
                      map.remove(key);
                    }
                    for (long key = first + 1; key < first + keysPerWriter; key += 2) {
                      long version = round;
                      map.compute(key, old -> new Entry(old.key(), version + 100));
                    }
                  }
                  return null;
                }));
      }
      List<Future<?>> readerRuns = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        long seed = r;
        readerRuns.add(
            threads.submit(
                () -> {
                  Random random = new Random(seed);
                  // Bounded: stops when the writers are done, or after 50 million reads.
                  for (int i = 0; i < 50_000_000 && writing.get(); i++) {
                    long key =
                        1_000_000L * (1 + random.nextInt(writers)) + random.nextInt(keysPerWriter);
                    Entry found = map.get(key);
                    if (found != null && found.key() != key) {
                      throw new AssertionError("key " + key + " read " + found);
                    }
                    reads.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> run : writerRuns) {
        run.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      for (Future<?> run : readerRuns) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(reads.get()).isPositive();
    // After the last round: even keys removed, odd keys updated to round 19 + 100.
    assertThat(map.size()).isEqualTo(writers * keysPerWriter / 2);
    for (int w = 0; w < writers; w++) {
      long first = 1_000_000L * (w + 1);
      assertThat(map.get(first)).isNull();
      assertThat(map.get(first + 1)).isEqualTo(new Entry(first + 1, 119));
    }
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> new LongMap<>(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LongMap<>(2048)).isInstanceOf(IllegalArgumentException.class);
    LongMap<String> map = new LongMap<>(1);
    assertThatThrownBy(() -> map.put(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> map.compute(1, null)).isInstanceOf(NullPointerException.class);
  }
}
