package dev.gloam.benchmarks;

import dev.gloam.testkit.OfflineDiscord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures how many gateway sessions one testkit holds at once: opens {@code N} WebSocket
 * connections, identifies each, and counts the READYs and GUILD_CREATEs that come back, then keeps
 * them all open while every one of them heartbeats once more. Prints the counts, the time to get
 * all sessions ready, and the heap in use. Not a JMH benchmark: a capacity figure, run by hand.
 *
 * <pre>{@code
 * java -cp gloam-benchmarks/target/benchmarks.jar dev.gloam.benchmarks.TestkitCapacity 1000
 * }</pre>
 */
public final class TestkitCapacity {
  private TestkitCapacity() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of connections (default 1000)
   * @throws Exception if the testkit cannot start or a wait is interrupted
   */
  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    try (OfflineDiscord discord =
            OfflineDiscord.builder()
                .identifyConcurrency(1, Duration.ZERO)
                .sessionStartLimit(connections * 2)
                .start();
        HttpClient http = HttpClient.newHttpClient()) {
      URI url = URI.create(discord.gatewayUrl() + "/?v=10&encoding=json");
      CountDownLatch ready = new CountDownLatch(connections);
      CountDownLatch acked = new CountDownLatch(connections);
      AtomicInteger guildCreates = new AtomicInteger();
      String identify =
          "{\"op\":2,\"d\":{\"token\":\""
              + discord.botToken()
              + "\",\"intents\":513,\"properties\":{\"os\":\"linux\",\"browser\":\"capacity\","
              + "\"device\":\"capacity\"}}}";
      List<CompletableFuture<WebSocket>> sockets = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < connections; i++) {
        sockets.add(
            http.newWebSocketBuilder()
                .buildAsync(url, new Session(identify, ready, acked, guildCreates)));
      }
      boolean allReady = ready.await(5, TimeUnit.MINUTES);
      long readyMillis = (System.nanoTime() - start) / 1_000_000;
      for (CompletableFuture<WebSocket> socket : sockets) {
        socket.join().sendText("{\"op\":1,\"d\":1}", true);
      }
      boolean allAcked = acked.await(2, TimeUnit.MINUTES);
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      long usedMib = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
      System.out.printf(
          "connections %d: READY %d, GUILD_CREATE %d, heartbeat ACKs %d; all ready: %s in %d ms;"
              + " all acked: %s; heap in use %d MiB (testkit and clients in one JVM)%n",
          connections,
          connections - ready.getCount(),
          guildCreates.get(),
          connections - acked.getCount(),
          allReady,
          readyMillis,
          allAcked,
          usedMib);
      for (CompletableFuture<WebSocket> socket : sockets) {
        socket.join().sendClose(1000, "done");
      }
    }
  }

  /** One client session: identifies on HELLO and counts what comes back. */
  private static final class Session implements WebSocket.Listener {
    private final String identify;
    private final CountDownLatch ready;
    private final CountDownLatch acked;
    private final AtomicInteger guildCreates;
    private final StringBuilder text = new StringBuilder();

    Session(
        String identify, CountDownLatch ready, CountDownLatch acked, AtomicInteger guildCreates) {
      this.identify = identify;
      this.ready = ready;
      this.acked = acked;
      this.guildCreates = guildCreates;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        // Substring checks keep the client cheap; the testkit's own tests check the payloads.
        if (message.contains("\"op\":10")) {
          socket.sendText(identify, true);
        } else if (message.contains("\"t\":\"READY\"")) {
          ready.countDown();
        } else if (message.contains("\"t\":\"GUILD_CREATE\"")) {
          guildCreates.incrementAndGet();
        } else if (message.contains("\"op\":11")) {
          acked.countDown();
        }
      }
      socket.request(1);
      return null;
    }
  }
}
