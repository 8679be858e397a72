package dev.gloam.testkit.support;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds live threads by name prefix, virtual ones included: {@link Thread#getAllStackTraces()} only
 * sees platform threads, so the JDK's JSON thread dump is read as well.
 */
public final class LiveThreads {

  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");

  private LiveThreads() {}

  /**
   * Returns the names of live threads that start with a prefix.
   *
   * @param prefix the prefix
   * @return the names, sorted
   */
  public static Set<String> named(String prefix) {
    Set<String> names = new TreeSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix)) {
        names.add(thread.getName());
      }
    }
    try {
      Path dir = Files.createTempDirectory("gloam-threads");
      Path file = dir.resolve("dump.json");
      try {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
            .dumpThreads(file.toString(), ThreadDumpFormat.JSON);
        Matcher matcher = NAME.matcher(Files.readString(file));
        while (matcher.find()) {
          if (matcher.group(1).startsWith(prefix)) {
            names.add(matcher.group(1));
          }
        }
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not dump threads", e);
    }
    return names;
  }
}
