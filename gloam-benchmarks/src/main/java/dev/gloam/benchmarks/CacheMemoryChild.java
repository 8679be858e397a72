package dev.gloam.benchmarks;

import dev.gloam.model.json.ModelJson;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import javax.management.JMException;
import javax.management.ObjectName;
import tools.jackson.databind.node.ObjectNode;

/**
 * The child JVM of {@link CacheMemory}: measures one client. It settles the heap (garbage collected
 * until the used heap no longer shrinks) for a baseline, starts the client, waits until the
 * client's cache holds every guild, every member and every online member's presence, which is the
 * ingest time, settles the heap again and prints one line: {@link CacheMemory#RESULT} and a JSON
 * object with the retained heap (used after minus used before), the ingest time in nanoseconds and
 * what the cache ended up holding.
 *
 * <p>Arguments: the client ({@code gloam}, {@code jda} or {@code d4j}), the testkit's REST URL and
 * gateway URL, then the guilds, members and online members (the bot not counted) the world holds.
 * The bot token comes in the environment variable {@link #TOKEN_VARIABLE}.
 */
public final class CacheMemoryChild {

  /** The environment variable the parent passes the bot token in. */
  static final String TOKEN_VARIABLE = "GLOAM_CACHE_MEMORY_TOKEN";

  /**
   * The system property that asks for the largest classes of the live heap after the measurement,
   * for example {@code -Dcachememory.jvm="-Xmx2g -XX:+UseG1GC -Dcachememory.histogram=25"}: where a
   * client's retained bytes go.
   */
  static final String HISTOGRAM_PROPERTY = "cachememory.histogram";

  private static final Duration INGEST_TIMEOUT = Duration.ofMinutes(8);

  private CacheMemoryChild() {}

  /** What a client's cache holds. */
  record Counts(long guilds, long members, long presences, long users) {}

  /** One client under test, connected to the testkit and filling its cache. */
  interface Client extends AutoCloseable {

    /**
     * Starts connecting; the cache fills in the background from then on.
     *
     * @throws Exception if the client cannot start
     */
    void start() throws Exception;

    /**
     * Counts what the cache holds now; called while it fills, from another thread.
     *
     * @return the counts
     */
    Counts counts();

    /**
     * Says how the client was set up and what it did (large_threshold, chunking, store).
     *
     * @return one line
     */
    String notes();

    @Override
    void close();
  }

  /** Where the client connects, and with what token. */
  record Target(URI restUrl, URI gatewayUrl, String token) {}

  /**
   * Measures one client.
   *
   * @param args client, REST URL, gateway URL, guilds, members, online members
   * @throws Exception if the client fails or does not fill its cache in time
   */
  public static void main(String[] args) throws Exception {
    String name = args[0];
    String token = System.getenv(TOKEN_VARIABLE);
    if (token == null) {
      throw new IllegalStateException("no token in " + TOKEN_VARIABLE);
    }
    Target target = new Target(URI.create(args[1]), URI.create(args[2]), token);
    long guilds = Long.parseLong(args[3]);
    long members = Long.parseLong(args[4]);
    long online = Long.parseLong(args[5]);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = settledHeap(memory);
    long start = System.nanoTime();
    Client client =
        switch (name) {
          case "gloam" -> new CacheMemoryGloam(target);
          case "jda" -> new CacheMemoryJda(target);
          case "d4j" -> new CacheMemoryDiscord4j(target);
          default -> throw new IllegalArgumentException("unknown client " + name);
        };
    client.start();
    Counts counts = awaitFull(client, guilds, members, online);
    long ingest = System.nanoTime() - start;
    long after = settledHeap(memory);
    Counts held = client.counts();

    ObjectNode result = ModelJson.mapper().createObjectNode();
    result.put("client", name);
    result.put("retainedBytes", after - baseline);
    result.put("baselineBytes", baseline);
    result.put("ingestNanos", ingest);
    result.put("guilds", held.guilds());
    result.put("members", held.members());
    result.put("presences", held.presences());
    result.put("users", held.users());
    result.put("presencesAtIngestEnd", counts.presences());
    result.put("notes", client.notes());
    System.out.println(CacheMemory.RESULT + ModelJson.mapper().writeValueAsString(result));
    System.out.flush();
    int histogram = Integer.getInteger(HISTOGRAM_PROPERTY, 0);
    if (histogram > 0) {
      printHistogram(histogram);
    }
    try {
      client.close();
    } catch (RuntimeException e) {
      System.out.println("close failed: " + e);
    }
    // JDA's and Reactor's non-daemon threads must not keep the process alive.
    System.exit(0);
  }

  /**
   * Waits until the cache holds every guild and member and at least the presences of the online
   * members (the bot's own presence may or may not be kept, depending on the client), polling every
   * 20 ms so the poll takes little from the client on two cores.
   */
  private static Counts awaitFull(Client client, long guilds, long members, long online) {
    long deadline = System.nanoTime() + INGEST_TIMEOUT.toNanos();
    long nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      Counts counts = client.counts();
      if (counts.guilds() >= guilds
          && counts.members() >= members
          && counts.presences() >= online) {
        return counts;
      }
      long now = System.nanoTime();
      if (now > deadline) {
        throw new IllegalStateException(
            "the cache did not fill within " + INGEST_TIMEOUT + ": " + counts);
      }
      if (now > nextReport) {
        System.out.println("still filling: " + counts);
        nextReport = now + Duration.ofSeconds(15).toNanos();
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  /**
   * Returns the heap in use once the collector has freed all it can: full collections until the
   * used heap shrinks by less than 64 KiB from one to the next (at least three, at most ten).
   */
  static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(200);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (i >= 2 && previous - used < 64 * 1024) {
        return Math.min(previous, used);
      }
      previous = Math.min(previous, used);
    }
    return previous;
  }

  /**
   * Prints the first lines of the JVM's class histogram of live objects (jcmd GC.class_histogram).
   */
  private static void printHistogram(int lines) throws JMException {
    String histogram =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    histogram.lines().limit(lines + 3L).forEach(line -> System.out.println("histogram " + line));
  }
}
