package dev.gloam.testkit.support;

import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.WireEvent;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Waits for wire events through the live listener, without polling. */
public final class WireWatcher {

  private final BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
  private final OfflineDiscord discord;

  /**
   * Starts watching; events recorded before this call are found through the wire log.
   *
   * @param discord the testkit
   */
  public WireWatcher(OfflineDiscord discord) {
    this.discord = discord;
    discord.onWire(events::add);
  }

  /**
   * Waits for a matching event.
   *
   * @param condition what the event must satisfy
   * @return the first matching event
   */
  public WireEvent await(Predicate<WireEvent> condition) {
    long deadline = System.nanoTime() + GatewayClient.WAIT.toNanos();
    try {
      while (true) {
        long remaining = deadline - System.nanoTime();
        WireEvent event = remaining > 0 ? events.poll(remaining, TimeUnit.NANOSECONDS) : null;
        if (event == null) {
          throw new AssertionError("no matching wire event in " + discord.wireLog());
        }
        if (condition.test(event)) {
          return event;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
