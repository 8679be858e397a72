package dev.gloam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The send limiter of one connection, mostly on a clock the test moves by hand. The blocking path
 * sleeps in real time, so it is checked only for order and counts, never for how long it took.
 */
@Timeout(30)
class CommandRateLimiterTest {
  private static final Duration MINUTE = Duration.ofSeconds(60);
  private static final Duration DISCORD_BEAT = Duration.ofMillis(41_250);

  /** A clock that moves only when told. */
  private static final class HandClock implements LongSupplier {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override
    public long getAsLong() {
      return now.get();
    }

    void advance(Duration by) {
      now.addAndGet(by.toNanos());
    }
  }

  private final HandClock clock = new HandClock();

  @Test
  void reservesTheBeatsOfAWindowPlusFourAtDiscordsLimit() {
    // 60 s / 41.25 s rounds up to 2 beats, plus one for the edge, two asked-for beats and a RESUME.
    CommandRateLimiter limiter = new CommandRateLimiter(120, MINUTE, DISCORD_BEAT, clock);
    assertThat(limiter.reserved()).isEqualTo(6);
    assertThat(limiter.available()).isEqualTo(114);
  }

  @Test
  void aBeatThatDividesTheWindowExactlyIsNotRoundedUp() {
    CommandRateLimiter limiter = new CommandRateLimiter(120, MINUTE, Duration.ofSeconds(30), clock);
    assertThat(limiter.reserved()).isEqualTo(2 + 4);
  }

  @Test
  void veryShortHeartbeatsStillLeaveOneSlotForCommands() {
    for (Duration beat : List.of(Duration.ofMillis(100), Duration.ofNanos(1), Duration.ZERO)) {
      CommandRateLimiter limiter = new CommandRateLimiter(120, MINUTE, beat, clock);
      assertThat(limiter.reserved()).as("reserve with beats every %s", beat).isEqualTo(119);
      assertThat(limiter.available()).isEqualTo(1);
    }
    CommandRateLimiter smallest = new CommandRateLimiter(2, MINUTE, Duration.ofMillis(1), clock);
    assertThat(smallest.available()).isEqualTo(1);
  }

  @Test
  void availableFallsWithEachSendAndRecoversAWindowLater() throws InterruptedException {
    CommandRateLimiter limiter = new CommandRateLimiter(120, MINUTE, DISCORD_BEAT, clock);
    for (int i = 1; i <= 10; i++) {
      limiter.acquire();
      assertThat(limiter.available()).isEqualTo(114 - i);
      clock.advance(Duration.ofSeconds(1));
    }
    // A heartbeat counts against the same window.
    limiter.recordPriority();
    assertThat(limiter.available()).isEqualTo(103);
    // The first command was sent 10 s ago: 50 s more and it drops out, not a nanosecond before.
    clock.advance(Duration.ofSeconds(50).minusNanos(1));
    assertThat(limiter.available()).isEqualTo(103);
    clock.advance(Duration.ofNanos(1));
    assertThat(limiter.available()).isEqualTo(104);
    // A rolling window: the others drop out one by one, a second apart.
    clock.advance(Duration.ofSeconds(5));
    assertThat(limiter.available()).isEqualTo(109);
    clock.advance(MINUTE);
    assertThat(limiter.available()).isEqualTo(114);
  }

  @Test
  void prioritySendsNeverBlockEvenWhenTheLimitIsReached() throws InterruptedException {
    CommandRateLimiter limiter = new CommandRateLimiter(120, MINUTE, DISCORD_BEAT, clock);
    for (int i = 0; i < 114; i++) {
      limiter.acquire();
    }
    assertThat(limiter.available()).isZero();
    // The reserve, then past the limit itself: heartbeats go out regardless (the clock does not
    // move, so a wait would never end and the test would time out).
    for (int i = 0; i < 200; i++) {
      limiter.recordPriority();
    }
    assertThat(limiter.available()).isZero();
    clock.advance(MINUTE);
    assertThat(limiter.available()).isEqualTo(114);
  }

  @Test
  void commandsNeverTakeTheTotalOverTheLimitInAnyWindow() throws InterruptedException {
    int limit = 120;
    Duration beat = DISCORD_BEAT;
    CommandRateLimiter limiter = new CommandRateLimiter(limit, MINUTE, beat, clock);
    List<Long> commands = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    Duration step = Duration.ofMillis(250);
    long nextBeat = clock.getAsLong();
    long stepsPerBeat = beat.toNanos() / step.toNanos();
    // Ten minutes of a program that sends as fast as it may, with a heartbeat on time and now and
    // then one Discord asks for (op 1), which is sent at once as well.
    for (int i = 0; i < 2400; i++) {
      long now = clock.getAsLong();
      if (now >= nextBeat) {
        limiter.recordPriority();
        all.add(now);
        nextBeat = now + beat.toNanos();
      }
      if (i % (3 * stepsPerBeat) == 7) {
        limiter.recordPriority();
        all.add(now);
      }
      // A burst of up to 7 per step, never more than the limiter says is free, so acquire() does
      // not wait on this clock, which only the test moves.
      for (int burst = 0; burst < 7 && limiter.available() > 0; burst++) {
        limiter.acquire();
        commands.add(now);
        all.add(now);
      }
      clock.advance(step);
    }
    assertThat(commands.size()).as("commands sent").isGreaterThan(1000);
    // Heartbeats count against the commands' share too (every window here holds one or two), so the
    // program gets a little less than limit - reserve, and never more.
    assertThat(maxInAnyWindow(commands, MINUTE))
        .isLessThanOrEqualTo(limit - limiter.reserved())
        .isGreaterThanOrEqualTo(limit - limiter.reserved() - 3);
    assertThat(maxInAnyWindow(all, MINUTE)).isLessThanOrEqualTo(limit);
  }

  /** The most sends within any window that starts at a send, from sorted send times. */
  private static int maxInAnyWindow(List<Long> times, Duration window) {
    int max = 0;
    int end = 0;
    for (int start = 0; start < times.size(); start++) {
      while (end < times.size() && times.get(end) - times.get(start) < window.toNanos()) {
        end++;
      }
      max = Math.max(max, end - start);
    }
    return max;
  }

  @Test
  void aFullLimiterHoldsCommandsInArrivalOrderUntilSlotsFree() throws InterruptedException {
    // A waiting command sleeps in real time until the window's oldest send ages out, so the window
    // is kept tiny even on the hand clock: 50 ms, limit 10, beats every second: 5 for commands.
    Duration window = Duration.ofMillis(50);
    CommandRateLimiter limiter = new CommandRateLimiter(10, window, Duration.ofSeconds(1), clock);
    for (int i = 0; i < 5; i++) {
      limiter.acquire();
      clock.advance(Duration.ofMillis(1));
    }
    assertThat(limiter.available()).isZero();
    List<String> order = new ArrayList<>();
    Thread first = Thread.ofPlatform().daemon().start(() -> acquireAndNote(limiter, order, "a"));
    awaitState(first, Thread.State.TIMED_WAITING);
    Thread second = Thread.ofPlatform().daemon().start(() -> acquireAndNote(limiter, order, "b"));
    // The second waits for its turn behind the first, which holds the turn while it sleeps.
    awaitState(second, Thread.State.WAITING);
    assertThat(first.isAlive()).isTrue();
    synchronized (order) {
      assertThat(order).isEmpty();
    }

    // The first command ages out: one slot, for the one that asked first.
    clock.advance(Duration.ofMillis(45));
    first.join(Duration.ofSeconds(10));
    assertThat(first.isAlive()).as("first command sent").isFalse();
    awaitState(second, Thread.State.TIMED_WAITING);
    synchronized (order) {
      assertThat(order).containsExactly("a");
    }
    assertThat(limiter.available()).isZero();

    clock.advance(Duration.ofMillis(1));
    second.join(Duration.ofSeconds(10));
    assertThat(second.isAlive()).as("second command sent").isFalse();
    synchronized (order) {
      assertThat(order).containsExactly("a", "b");
    }
  }

  private static void acquireAndNote(CommandRateLimiter limiter, List<String> order, String name) {
    try {
      limiter.acquire();
      synchronized (order) {
        order.add(name);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
    for (int i = 0; i < 1000 && thread.getState() != state; i++) {
      Thread.sleep(2);
    }
    assertThat(thread.getState()).as(thread.getName()).isEqualTo(state);
  }

  @Test
  void blockingSendsOnARealClockKeepToTheLimit() throws InterruptedException {
    // A 50 ms window, limit 10, beats every second: 1 + 4 reserved, 5 for commands.
    Duration window = Duration.ofMillis(50);
    // acquire() reads the clock last for the time it records, so each thread's last reading after
    // acquire() returns is exactly the send time the limiter counted.
    ThreadLocal<Long> lastRead = new ThreadLocal<>();
    LongSupplier realClock =
        () -> {
          long now = System.nanoTime();
          lastRead.set(now);
          return now;
        };
    CommandRateLimiter limiter =
        new CommandRateLimiter(10, window, Duration.ofSeconds(1), realClock);
    assertThat(limiter.available()).isEqualTo(5);
    List<Long> sentAt = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      limiter.acquire();
      sentAt.add(lastRead.get());
    }
    assertThat(sentAt).isSorted();
    assertThat(maxInAnyWindow(sentAt, window)).isLessThanOrEqualTo(5);

    // Several threads at once: every command gets through, and no window holds more than 5.
    List<Long> concurrent = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      for (int i = 0; i < 5; i++) {
                        limiter.acquire();
                        long at = lastRead.get();
                        synchronized (concurrent) {
                          concurrent.add(at);
                        }
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join(Duration.ofSeconds(10));
      assertThat(thread.isAlive()).isFalse();
    }
    List<Long> sorted;
    synchronized (concurrent) {
      sorted = concurrent.stream().sorted().toList();
    }
    assertThat(sorted).hasSize(20);
    assertThat(maxInAnyWindow(sorted, window)).isLessThanOrEqualTo(5);
  }
}
