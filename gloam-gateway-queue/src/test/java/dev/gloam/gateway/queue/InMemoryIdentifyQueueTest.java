package dev.gloam.gateway.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory queue on a hand-driven clock: nothing sleeps, and the tests look at which shards
 * may identify and in which order, never at how long anything took.
 */
class InMemoryIdentifyQueueTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong time = new AtomicLong(1_000 * SECOND);
  // Shards in the order the queue let them through.
  private final List<Integer> granted = new CopyOnWriteArrayList<>();
  private InMemoryIdentifyQueue queue = queue(InMemoryIdentifyQueue.builder());

  private InMemoryIdentifyQueue queue(InMemoryIdentifyQueue.Builder builder) {
    return builder.ticker(time::get).build();
  }

  @AfterEach
  void close() {
    queue.close();
  }

  private void advance(double seconds) {
    time.addAndGet(Math.round(seconds * SECOND));
    queue.tick();
  }

  private CompletableFuture<Void> ask(int shardId) {
    CompletableFuture<Void> turn = queue.enqueue(shardId);
    turn.thenRun(() -> granted.add(shardId));
    return turn;
  }

  private List<CompletableFuture<Void>> ask(int from, int to) {
    List<CompletableFuture<Void>> turns = new ArrayList<>();
    for (int shard = from; shard < to; shard++) {
      turns.add(ask(shard));
    }
    return turns;
  }

  @Test
  void theDefaultsAreDiscords() {
    assertThat(queue.sessionStartLimit())
        .isEqualTo(new SessionStartLimit(1000, 1000, Duration.ofDays(1), 1));
    assertThat(queue.waiting()).isZero();
  }

  @Test
  void oneBucketLetsOneShardThroughPerIntervalInTheOrderTheyAsked() {
    ask(0, 3);
    assertThat(granted).containsExactly(0);
    assertThat(queue.waiting()).isEqualTo(2);

    advance(4.9);
    assertThat(granted).containsExactly(0);
    advance(0.1);
    assertThat(granted).containsExactly(0, 1);
    advance(4.9);
    assertThat(granted).containsExactly(0, 1);
    advance(0.1);
    assertThat(granted).containsExactly(0, 1, 2);
    assertThat(queue.waiting()).isZero();
    assertThat(queue.remainingSessions()).isEqualTo(997);
  }

  @Test
  void aShardAskingAfterAQuietIntervalGoesAtOnce() {
    ask(0);
    advance(5);
    ask(1);
    assertThat(granted).containsExactly(0, 1);
  }

  @Test
  void thirtyTwoShardsWithMaxConcurrencyFourGoFourPerIntervalOnePerBucket() {
    queue.close();
    queue = queue(InMemoryIdentifyQueue.builder().maxConcurrency(4));
    // Asked out of order within each bucket would break "in order"; asked in order they must keep
    // it: shard k, then k + 4, then k + 8 ... in bucket k % 4.
    ask(0, 32);

    Map<Integer, List<Integer>> perStep = new HashMap<>();
    int seen = 0;
    for (int step = 0; step <= 20; step++) {
      if (step > 0) {
        advance(2.5);
      }
      perStep.put(step, new ArrayList<>(granted.subList(seen, granted.size())));
      seen = granted.size();
    }
    assertThat(granted).hasSize(32).doesNotHaveDuplicates();
    for (int step = 0; step <= 20; step++) {
      // Any 5-second window covers two half-interval steps: together they hold at most 4 grants.
      int inWindow = perStep.get(step).size() + (step > 0 ? perStep.get(step - 1).size() : 0);
      assertThat(inWindow)
          .as("grants in the window ending at step %d", step)
          .isLessThanOrEqualTo(4);
    }
    for (int interval = 0; interval < 8; interval++) {
      int from = interval * 4;
      assertThat(perStep.get(interval * 2))
          .as("interval %d", interval)
          .containsExactlyInAnyOrder(from, from + 1, from + 2, from + 3);
      assertThat(perStep.get(interval * 2 + 1)).isEmpty();
    }
    assertThat(queue.remainingSessions()).isEqualTo(1000 - 32);
  }

  @Test
  void bucketsAreKeyedByShardIdModuloMaxConcurrency() {
    queue.close();
    queue = queue(InMemoryIdentifyQueue.builder().maxConcurrency(4));
    // 1, 5 and 9 share key 1; 2 has key 2 and must not wait behind them.
    ask(1);
    ask(5);
    ask(9);
    ask(2);
    assertThat(granted).containsExactly(1, 2);
    advance(5);
    assertThat(granted).containsExactly(1, 2, 5);
    advance(5);
    assertThat(granted).containsExactly(1, 2, 5, 9);
  }

  @Test
  void whenNoSessionStartsAreLeftShardsWaitForTheResetWhichRestoresTheTotal() {
    queue.close();
    queue =
        queue(
            InMemoryIdentifyQueue.builder()
                .sessionStartLimit(new SessionStartLimit(1000, 2, Duration.ofMinutes(10), 1)));
    ask(0, 4);
    advance(5);
    assertThat(granted).containsExactly(0, 1);
    assertThat(queue.remainingSessions()).isZero();

    advance(5);
    advance(10 * 60 - 10 - 0.5);
    assertThat(granted).containsExactly(0, 1);
    assertThat(queue.waiting()).isEqualTo(2);
    assertThat(queue.sessionStartLimit().resetAfter()).isEqualTo(Duration.ofMillis(500));

    advance(0.5);
    assertThat(granted).containsExactly(0, 1, 2);
    assertThat(queue.remainingSessions()).isEqualTo(999);
    // The next reset is a day after this one.
    assertThat(queue.sessionStartLimit().resetAfter()).isEqualTo(Duration.ofDays(1));
    advance(5);
    assertThat(granted).containsExactly(0, 1, 2, 3);
  }

  @Test
  void anUpdateWithAHigherMaxConcurrencyMovesTheWaitingShardsToTheirNewBuckets() {
    ask(0, 5);
    assertThat(granted).containsExactly(0);

    queue.update(new SessionStartLimit(1000, 990, Duration.ofHours(3), 2));
    // No new bucket goes before the old one's interval is over.
    assertThat(granted).containsExactly(0);
    assertThat(queue.sessionStartLimit().maxConcurrency()).isEqualTo(2);
    assertThat(queue.remainingSessions()).isEqualTo(990);

    advance(5);
    assertThat(granted).containsExactlyInAnyOrder(0, 1, 2);
    advance(5);
    assertThat(granted.subList(3, 5)).containsExactlyInAnyOrder(3, 4);
    assertThat(queue.remainingSessions()).isEqualTo(986);
  }

  @Test
  void anUpdateWithALowerMaxConcurrencyKeepsTheOrderTheShardsAskedIn() {
    queue.close();
    queue = queue(InMemoryIdentifyQueue.builder().maxConcurrency(4));
    ask(0, 12);
    assertThat(granted).containsExactly(0, 1, 2, 3);

    queue.update(new SessionStartLimit(1000, 996, Duration.ofHours(3), 1));
    for (int i = 0; i < 8; i++) {
      advance(5);
    }
    assertThat(granted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  }

  @Test
  void anUpdateCanStopAndRestartTheQueue() {
    ask(0, 3);
    queue.update(new SessionStartLimit(1000, 0, Duration.ofMinutes(1), 1));
    advance(30);
    assertThat(granted).containsExactly(0);

    // A fresh answer from Discord says the limit has reset already.
    queue.update(new SessionStartLimit(1000, 1000, Duration.ofDays(1), 1));
    assertThat(granted).containsExactly(0, 1);
    advance(5);
    assertThat(granted).containsExactly(0, 1, 2);
  }

  @Test
  void aCancelledRequestLeavesTheQueueAndTakesNoSlot() {
    ask(0);
    CompletableFuture<Void> second = ask(1);
    ask(2);
    assertThat(second.cancel(false)).isTrue();
    assertThat(queue.waiting()).isEqualTo(1);

    advance(5);
    assertThat(granted).containsExactly(0, 2);
    assertThat(queue.remainingSessions()).isEqualTo(998);
  }

  @Test
  void shardsAskingFromManyThreadsAreEachLetThroughOnce() throws InterruptedException {
    queue.close();
    queue = queue(InMemoryIdentifyQueue.builder().maxConcurrency(4));
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int first = t * 4;
      threads.add(Thread.startVirtualThread(() -> ask(first, first + 4)));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(granted).hasSize(4);
    for (int interval = 1; interval < 8; interval++) {
      advance(5);
      assertThat(granted).hasSize(4 * (interval + 1));
    }
    assertThat(granted)
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 32).boxed().toList());
    assertThat(queue.waiting()).isZero();
  }

  @Test
  void aRequestCompletedByItsOwnerIsSkippedWithoutTakingASlot() {
    ask(0);
    CompletableFuture<Void> second = queue.enqueue(1);
    ask(2);
    // Completed normally by someone else, so it stays queued until reached, then is passed over.
    second.complete(null);
    assertThat(queue.waiting()).isEqualTo(1);
    advance(5);
    assertThat(granted).containsExactly(0, 2);
    assertThat(queue.remainingSessions()).isEqualTo(998);
  }

  @Test
  void theBlockingFormReturnsWhenTheShardMayIdentify() throws InterruptedException {
    queue.acquire(7);
    assertThat(queue.remainingSessions()).isEqualTo(999);
  }

  @Test
  void closeFailsTheWaitingShardsAndLaterRequestsAndStopsTheTimerThread()
      throws InterruptedException {
    CompletableFuture<Void> first = ask(0);
    CompletableFuture<Void> second = ask(1);
    Thread timer =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().equals("gloam-identify-queue"))
            .findFirst()
            .orElseThrow();
    assertThat(timer.isDaemon()).isTrue();

    queue.close();
    assertThat(first).isCompleted();
    assertThat(second).isCompletedExceptionally();
    assertThatThrownBy(second::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(IdentifyQueueException.class)
        .hasMessage("shard 1 may not identify: the identify queue is closed")
        .extracting(e -> ((IdentifyQueueException) e).kind())
        .isEqualTo(IdentifyQueueException.Kind.CLOSED);
    assertThat(queue.waiting()).isZero();

    CompletableFuture<Void> late = queue.enqueue(2);
    assertThatThrownBy(late::join).cause().isInstanceOf(IdentifyQueueException.class);
    assertThatThrownBy(() -> queue.acquire(3))
        .isInstanceOf(IdentifyQueueException.class)
        .extracting(e -> ((IdentifyQueueException) e).kind())
        .isEqualTo(IdentifyQueueException.Kind.CLOSED);
    queue.close();

    timer.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(timer.isAlive()).isFalse();
  }

  @Test
  void badInputIsRefusedWithAClearError() {
    assertThatThrownBy(() -> queue.enqueue(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shardId must be zero or more, was -1");
    assertThatThrownBy(() -> InMemoryIdentifyQueue.builder().maxConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrency must be at least 1, was 0");
    assertThatThrownBy(() -> InMemoryIdentifyQueue.builder().interval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must be positive, was PT0S");
    assertThatThrownBy(() -> new SessionStartLimit(0, 0, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be at least 1, was 0");
    assertThatThrownBy(() -> new SessionStartLimit(1000, 1001, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remaining must be from 0 to total (1000), was 1001");
    assertThatThrownBy(() -> new SessionStartLimit(1000, -1, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remaining must be from 0 to total (1000), was -1");
    assertThatThrownBy(() -> new SessionStartLimit(1000, 10, Duration.ofSeconds(-1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resetAfter must not be negative, was PT-1S");
    assertThatThrownBy(() -> new SessionStartLimit(1000, 10, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrency must be at least 1, was 0");
    assertThatThrownBy(() -> queue.update(null)).isInstanceOf(NullPointerException.class);
    // Nothing was queued by the refused requests.
    assertThat(queue.waiting()).isZero();
  }
}
