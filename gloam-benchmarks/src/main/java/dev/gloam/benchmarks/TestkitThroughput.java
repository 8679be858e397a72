package dev.gloam.benchmarks;

import dev.gloam.testkit.LoadPlan;
import dev.gloam.testkit.LoadRun;
import dev.gloam.testkit.OfflineDiscord;
import java.io.IOException;
import java.time.Duration;

/**
 * Measures how many events per second one gateway connection of the testkit delivers: a minimal
 * WebSocket client over a plain socket identifies with every intent the load mix needs, then the
 * testkit's load mode sends its event mix as fast as possible, and the client reads (and, with
 * zlib-stream, inflates) every message and checks that the sequence numbers are consecutive. Prints
 * events per second and bytes per event for plain JSON and for zlib-stream. Not a JMH benchmark: a
 * capacity figure, run by hand.
 *
 * <pre>{@code
 * java -cp gloam-benchmarks/target/benchmarks.jar dev.gloam.benchmarks.TestkitThroughput 1000000
 * }</pre>
 */
public final class TestkitThroughput {

  // GUILDS, GUILD_MEMBERS, GUILD_PRESENCES, GUILD_MESSAGES, reactions, typing, MESSAGE_CONTENT.
  private static final long INTENTS = 1 | 1 << 1 | 1 << 8 | 1 << 9 | 1 << 10 | 1 << 11 | 1 << 15;

  private TestkitThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of events per measured run (default 1,000,000), then the number of
   *     measured runs per transport (default 3)
   * @throws Exception if the testkit cannot start or the connection fails
   */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (boolean zlib : new boolean[] {false, true}) {
      try (OfflineDiscord discord =
          OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start()) {
        RawGatewayClient client = RawGatewayClient.connect(discord, INTENTS, zlib, false);
        measure(discord, client, Math.max(events / 4, 1000), "warm-up", zlib);
        for (int i = 1; i <= runs; i++) {
          measure(discord, client, events, "run " + i, zlib);
        }
        client.close();
      }
    }
  }

  private static void measure(
      OfflineDiscord discord, RawGatewayClient client, int events, String label, boolean zlib)
      throws IOException {
    long firstSequence = client.lastSequence() + 1;
    long bytesBefore = client.wireBytes();
    long jsonBefore = client.jsonBytes();
    long start = System.nanoTime();
    LoadRun run = discord.load().start(LoadPlan.events(events));
    for (int i = 0; i < events; i++) {
      client.readDispatch();
    }
    long nanos = System.nanoTime() - start;
    run.await(Duration.ofSeconds(10));
    if (client.lastSequence() != firstSequence + events - 1) {
      throw new IllegalStateException("sequence numbers were not consecutive");
    }
    double perSecond = events / (nanos / 1e9);
    System.out.printf(
        "%-11s %-8s %,10d events in %6.3f s: %,10.0f events/s, %5.0f bytes/event on the wire,"
            + " %5.0f bytes/event as JSON%n",
        zlib ? "zlib-stream" : "plain JSON",
        label,
        events,
        nanos / 1e9,
        perSecond,
        (client.wireBytes() - bytesBefore) / (double) events,
        (client.jsonBytes() - jsonBefore) / (double) events);
  }
}
