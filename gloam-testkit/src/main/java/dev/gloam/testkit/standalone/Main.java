package dev.gloam.testkit.standalone;

import dev.gloam.testkit.OfflineDiscord;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the offline Discord on its own, for a bot written in any language: it prints the REST base
 * URL, the gateway URL and a bot token, then serves until the process is stopped.
 *
 * <pre>{@code
 * ./mvnw -q -Pserve -pl gloam-testkit -am verify -DskipTests -Dgloam.testkit.port=8790
 * java --module-path <jars> --module dev.gloam.testkit/dev.gloam.testkit.standalone.Main --port 8790
 * }</pre>
 */
public final class Main {
  private Main() {}

  /**
   * Starts the servers, prints how to reach them and waits until the process is stopped (Ctrl+C).
   *
   * @param args {@code --port <n>} for the REST port (default: any free port)
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    OfflineDiscord discord;
    try {
      discord = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: Main [--port <0-65535>]");
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(discord::close));
    new CountDownLatch(1).await();
  }

  /**
   * Starts an offline Discord as the command line asks and prints how a bot reaches it.
   *
   * @param args the command line
   * @param out where the description goes
   * @return the running instance
   * @throws IllegalArgumentException if the command line is not understood
   */
  static OfflineDiscord start(String[] args, PrintStream out) {
    OfflineDiscord discord = OfflineDiscord.builder().restPort(port(args)).start();
    out.println("gloam testkit: an offline Discord on 127.0.0.1");
    out.println("  REST base URL  " + discord.restUrl());
    out.println("  Gateway URL    " + discord.gatewayUrl() + "  (also from GET /gateway)");
    // Printing the token is the point here: it is made up, and only this server accepts it.
    out.println("  Bot token      " + discord.botToken());
    out.println("  Bot user id    " + Long.toUnsignedString(discord.botUserId()));
    out.println("  Application id " + Long.toUnsignedString(discord.applicationId()));
    out.println(
        "  Guild "
            + Long.toUnsignedString(discord.guildId())
            + " with text channel "
            + Long.toUnsignedString(discord.channelId()));
    out.println("Stop with Ctrl+C.");
    out.flush();
    return discord;
  }

  static int port(String[] args) {
    int port = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        try {
          port = Integer.parseInt(args[++i]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--port needs a number, not " + args[i]);
        }
        if (port < 0 || port > 65_535) {
          throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
      } else {
        throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    return port;
  }
}
