package dev.gloam.benchmarks;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.OperatingSystemMXBean;
import dev.gloam.gateway.Config;
import dev.gloam.gateway.ShardEvent;
import dev.gloam.gateway.ShardGroup;
import dev.gloam.gateway.ShardState;
import dev.gloam.gateway.compression.Compression;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.gateway.queue.SessionStartLimit;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.json.ModelJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import tools.jackson.databind.JsonNode;

/**
 * Connects many gloam shards (1,000 by default) from this JVM to one testkit that runs in a child
 * JVM, so that the testkit's heap and threads are not counted, and measures what the shards cost
 * once they are all connected and idle: retained heap per shard, live platform threads, virtual
 * threads, and the process's CPU while idle. Not a JMH benchmark: run by hand (see
 * docs/benchmarks.md).
 *
 * <pre>{@code
 * java -cp "$(cat gloam-benchmarks/target/classpath.txt):gloam-benchmarks/target/classes" \
 *     dev.gloam.benchmarks.GatewayScale 1000
 * }</pre>
 *
 * <p>The shards are started through {@link Fleet}; {@link Grouped} runs them as one {@link
 * ShardGroup}, which shares one HTTP client (one selector thread) and one identify queue among them
 * and pulls them as one stream.
 */
public final class GatewayScale {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
  private static final Intents INTENTS = Intents.GUILDS;

  private GatewayScale() {}

  /**
   * Runs the measurement.
   *
   * @param args shard count (default 1,000, at most 1,024), then max_concurrency the testkit
   *     announces (default: the shard count, with no wait between IDENTIFYs), then seconds of idle
   *     CPU measurement (default 30)
   * @throws Exception if the testkit or a shard fails
   */
  public static void main(String[] args) throws Exception {
    int shards = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int maxConcurrency = args.length > 1 ? Integer.parseInt(args[1]) : shards;
    int idleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;

    Testkit testkit = Testkit.start(shards, maxConcurrency);
    try {
      System.out.printf(
          "testkit (child JVM, pid %d) at %s, max_concurrency %d%n",
          testkit.process.pid(), testkit.gatewayUrl, maxConcurrency);
      Config config = config(testkit, maxConcurrency);

      // Warm-up: a few shards connect, receive READY and their guild, and close, so that classes,
      // Jackson's deserializers and the JIT's first compilations are in place before the baseline.
      try (Fleet warmUp = new Grouped(config, shards, Math.min(10, shards))) {
        warmUp.awaitReady(READY_TIMEOUT);
      }

      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long heapBefore = settledHeap(memory);
      int threadsBefore = threads.getThreadCount();
      System.out.printf(
          "before: heap %,d KiB, %d live platform threads%n", heapBefore / 1024, threadsBefore);

      long start = System.nanoTime();
      try (Fleet fleet = new Grouped(config, shards, shards)) {
        fleet.awaitReady(READY_TIMEOUT);
        double readySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d shards ACTIVE with their guild after %.1f s%n", shards, readySeconds);
        Thread.sleep(3000);

        long heapAfter = settledHeap(memory);
        int platformThreads = threads.getThreadCount();
        long virtualThreads = virtualThreads();
        Map<String, Integer> groups = threadGroups(threads);

        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long cpuBefore = os.getProcessCpuTime();
        long childCpuBefore = childCpuNanos(testkit.process);
        long idleStart = System.nanoTime();
        Thread.sleep(idleSeconds * 1000L);
        long wall = System.nanoTime() - idleStart;
        double cpuPercent = 100.0 * (os.getProcessCpuTime() - cpuBefore) / wall;
        double childCpuPercent = 100.0 * (childCpuNanos(testkit.process) - childCpuBefore) / wall;
        int stillActive = fleet.active();

        double perShard = (heapAfter - heapBefore) / (double) shards;
        System.out.println();
        System.out.printf(
            "| shards | ready after | heap per idle shard | live platform threads | virtual"
                + " threads | CPU while idle (%d s) |%n",
            idleSeconds);
        System.out.printf(
            "| %,d | %.1f s | %,.1f KiB | %,d (%,d before) | %s | %.2f %% of one core |%n",
            shards,
            readySeconds,
            perShard / 1024,
            platformThreads,
            threadsBefore,
            virtualThreads < 0 ? "n/a" : String.format("%,d", virtualThreads),
            cpuPercent);
        System.out.printf(
            "heap %,d KiB before, %,d KiB after (%,d KiB for %d shards); target < 100 KiB per"
                + " shard%n",
            heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 1024, shards);
        System.out.printf(
            "testkit child process CPU over the same time: %.2f %% of one core%n", childCpuPercent);
        System.out.printf(
            "%d of %d shards still ACTIVE after the idle time%n", stillActive, shards);
        System.out.println("live platform threads by name (digits dropped):");
        groups.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(8)
            .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
      }
    } finally {
      testkit.close();
    }
    System.exit(0);
  }

  private static Config config(Testkit testkit, int maxConcurrency) {
    // The testkit lets max_concurrency shards identify at once with no wait, and allows more
    // session starts than Discord's default 1,000 a day (which the warm-up and the run would use
    // up); the queue matches it.
    int starts = testkit.sessionStartLimit;
    InMemoryIdentifyQueue queue =
        InMemoryIdentifyQueue.builder()
            .sessionStartLimit(
                new SessionStartLimit(starts, starts, Duration.ofDays(1), maxConcurrency))
            .interval(Duration.ofMillis(1))
            .build();
    return Config.builder(testkit.token, INTENTS)
        .gatewayUrl(testkit.gatewayUrl)
        .compression(Compression.ZLIB_STREAM)
        .identifyQueue(queue)
        .build();
  }

  /** Heap in use after the collector has had every chance to free what is garbage. */
  private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(300);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Counts virtual threads from a JSON thread dump; -1 if the dump cannot be made. */
  private static long virtualThreads() {
    try {
      Path file = Files.createTempFile("gloam-scale-threads", ".json");
      Files.delete(file);
      try {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
            .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
        JsonNode dump = ModelJson.mapper().readTree(Files.readString(file));
        long count = 0;
        for (JsonNode container : dump.path("threadDump").path("threadContainers")) {
          for (JsonNode thread : container.path("threads")) {
            if (thread.path("virtual").asBoolean(false)) {
              count++;
            }
          }
        }
        return count;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("no thread dump: " + e);
      return -1;
    }
  }

  private static Map<String, Integer> threadGroups(ThreadMXBean threads) {
    Map<String, Integer> groups = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        groups.merge(info.getThreadName().replaceAll("[0-9]+", "#"), 1, Integer::sum);
      }
    }
    return groups;
  }

  private static long childCpuNanos(Process process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** Starts and watches a number of shards; close() stops them all. */
  interface Fleet extends AutoCloseable {
    /**
     * Waits until every shard is ACTIVE and has received its guild.
     *
     * @param timeout how long to wait at most
     * @throws InterruptedException if interrupted
     */
    void awaitReady(Duration timeout) throws InterruptedException;

    /**
     * Counts the shards that are ACTIVE now.
     *
     * @return the count
     */
    int active();

    @Override
    void close();
  }

  /** The shards of one {@link ShardGroup}, pulled as one stream of {@link ShardEvent}s. */
  static final class Grouped implements Fleet {
    private final ShardGroup group;
    private final AtomicIntegerArray guilds;
    private final AtomicInteger ready = new AtomicInteger();
    private final Thread loop;

    /**
     * Creates shards 0 to {@code count - 1} of {@code total} and starts pulling them.
     *
     * @param config how every shard connects
     * @param total the bot's shard count
     * @param count how many of them to run here
     */
    Grouped(Config config, int total, int count) {
      guilds = new AtomicIntegerArray(count);
      group = ShardGroup.range(0, count, total, config);
      loop =
          Thread.ofVirtual()
              .name("bench-loop")
              .start(
                  () -> {
                    for (ShardEvent item : group.events(EventTypeFlags.all())) {
                      if (item.event() instanceof GuildCreate
                          && guilds.getAndIncrement(item.shard().number()) == 0) {
                        ready.incrementAndGet();
                      }
                    }
                  });
    }

    @Override
    public void awaitReady(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      int count = group.shards().size();
      while (ready.get() < count || active() < count) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              ready.get() + " of " + count + " shards got their guild in " + timeout);
        }
        if (System.nanoTime() > nextReport) {
          System.out.printf("  %d of %d shards ready%n", ready.get(), count);
          nextReport += TimeUnit.SECONDS.toNanos(5);
        }
        Thread.sleep(50);
      }
    }

    @Override
    public int active() {
      return (int) group.stats().stream().filter(s -> s.state() == ShardState.ACTIVE).count();
    }

    @Override
    public void close() {
      group.close();
      try {
        loop.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The standalone testkit in a child JVM, on the same class path as this one. */
  private static final class Testkit implements AutoCloseable {
    final Process process;
    final URI gatewayUrl;
    final String token;
    final int sessionStartLimit;

    private Testkit(Process process, URI gatewayUrl, String token, int sessionStartLimit) {
      this.process = process;
      this.gatewayUrl = gatewayUrl;
      this.token = token;
      this.sessionStartLimit = sessionStartLimit;
    }

    static Testkit start(int shards, int maxConcurrency) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          List.of(
              java,
              "-cp",
              System.getProperty("java.class.path"),
              "dev.gloam.testkit.standalone.Main",
              "--max-concurrency",
              Integer.toString(maxConcurrency),
              "--identify-interval-ms",
              "0",
              "--session-start-limit",
              Integer.toString(shards * 10 + 100),
              "--shard-guilds",
              Integer.toString(shards));
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      URI gateway = null;
      String token = null;
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("Stop with")) {
          String trimmed = line.strip();
          if (trimmed.startsWith("Gateway URL")) {
            gateway = URI.create(trimmed.split("\\s+")[2]);
          } else if (trimmed.startsWith("Bot token")) {
            token = trimmed.split("\\s+")[2];
          }
        }
        if (gateway == null || token == null) {
          throw new IOException("the testkit did not start (exit " + exitOf(process) + ")");
        }
        // Drain what it prints later, so that it never blocks on a full pipe.
        Thread.ofPlatform().daemon().name("testkit-stdout").start(() -> out.lines().count());
      } catch (IOException | RuntimeException e) {
        process.destroyForcibly();
        throw e;
      }
      return new Testkit(process, gateway, token, shards * 10 + 100);
    }

    private static String exitOf(Process process) {
      try {
        return process.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "?";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "?";
      }
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
