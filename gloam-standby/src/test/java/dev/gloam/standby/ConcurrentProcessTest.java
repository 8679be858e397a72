package dev.gloam.standby;

import static dev.gloam.standby.Events.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.id.Id;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several shards' threads calling process at once, and many virtual threads blocked on waits. */
@Timeout(60)
class ConcurrentProcessTest {
  private static final long FIRST_ID = 1_100_000_000_000_020_000L;

  @Test
  void aOneTimeWaitIsCompletedByExactlyOneOfSeveralShards() throws InterruptedException {
    Standby standby = new Standby();
    for (int round = 0; round < 200; round++) {
      CompletableFuture<MessageCreate> future = standby.waitForMessage(Id.of(CHANNEL), m -> true);
      AtomicInteger fulfilled = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> shards = new ArrayList<>();
      for (int shard = 0; shard < 4; shard++) {
        Event event = Events.message(CHANNEL, FIRST_ID + round * 4L + shard, "from " + shard);
        shards.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      awaitQuietly(go);
                      fulfilled.addAndGet(standby.process(event).fulfilled());
                    }));
      }
      go.countDown();
      for (Thread shard : shards) {
        assertThat(shard.join(Duration.ofSeconds(30))).isTrue();
      }
      assertThat(fulfilled).hasValue(1);
      assertThat(future).isCompleted();
      assertThat(standby.waiting()).isZero();
    }
  }

  @Test
  void thousandsOfVirtualThreadsBlockOnTheirWaitsUntilTheirMessageComes()
      throws InterruptedException {
    Standby standby = new Standby();
    int waiters = 5_000;
    AtomicInteger answered = new AtomicInteger();
    CountDownLatch registered = new CountDownLatch(waiters);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < waiters; i++) {
      String expected = "for " + i;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    CompletableFuture<MessageCreate> mine =
                        standby.waitForMessage(Id.of(CHANNEL), m -> m.content().equals(expected));
                    registered.countDown();
                    if (mine.join().content().equals(expected)) {
                      answered.incrementAndGet();
                    }
                  }));
    }
    assertThat(registered.await(30, TimeUnit.SECONDS)).isTrue();

    for (int i = waiters - 1; i >= 0; i--) {
      assertThat(standby.process(Events.message(CHANNEL, FIRST_ID + i, "for " + i)).fulfilled())
          .isEqualTo(1);
    }

    for (Thread thread : threads) {
      assertThat(thread.join(Duration.ofSeconds(30))).isTrue();
    }
    assertThat(answered).hasValue(waiters);
    assertThat(standby.waiting()).isZero();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
