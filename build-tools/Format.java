import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks or applies google-java-format on every Java file of the build.
 *
 * <p>The formatter parses with the JDK it runs on, so it must run on the build's JDK (21 or newer),
 * not on the JDK Maven runs on. The parent POM starts this file with the toolchain's {@code java}:
 * {@code java build-tools/Format.java <formatter.jar> check|apply <root>}.
 */
public final class Format {
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3 || !(args[1].equals("check") || args[1].equals("apply"))) {
      System.err.println("usage: java Format.java <google-java-format.jar> check|apply <root>");
      System.exit(2);
    }
    Path root = Path.of(args[2]);
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/."))
          .map(Path::toString)
          .sorted()
          .forEach(files::add);
    }
    Path argFile = Files.createTempFile("gloam-format", ".args");
    try {
      List<String> options = new ArrayList<>();
      if (args[1].equals("check")) {
        options.add("--dry-run");
        options.add("--set-exit-if-changed");
      } else {
        options.add("--replace");
      }
      options.addAll(files);
      Files.write(argFile, options);
      String java = ProcessHandle.current().info().command().orElse("java");
      Process formatter =
          new ProcessBuilder(java, "-jar", args[0], "@" + argFile).inheritIO().start();
      int exit = formatter.waitFor();
      if (exit != 0 && args[1].equals("check")) {
        System.err.println(
            "The files above are not formatted. Run: ./mvnw -N validate -Dgloam.format=apply");
      }
      System.exit(exit);
    } finally {
      Files.deleteIfExists(argFile);
    }
  }
}
