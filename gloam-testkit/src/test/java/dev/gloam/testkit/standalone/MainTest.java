package dev.gloam.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.OfflineDiscord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainTest {
  private static String line(String printed, String label) {
    Matcher matcher = Pattern.compile(label + " +(\\S+)").matcher(printed);
    assertThat(matcher.find()).as(label + " in:\n" + printed).isTrue();
    return matcher.group(1);
  }

  @Test
  void printsWhatABotInAnyLanguageNeedsAndServesIt() throws IOException, InterruptedException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OfflineDiscord discord =
            Main.start(new String[0], new PrintStream(buffer, true, StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient()) {
      String printed = buffer.toString(StandardCharsets.UTF_8);
      String rest = line(printed, "REST base URL");
      String token = line(printed, "Bot token");
      assertThat(rest).isEqualTo(discord.restUrl().toString());
      assertThat(line(printed, "Gateway URL")).isEqualTo(discord.gatewayUrl().toString());

      // Shaped like Discord's: the bot's id in Base64, a timestamp, a signature.
      String[] parts = token.split("\\.");
      assertThat(parts).hasSize(3);
      assertThat(new String(Base64.getDecoder().decode(parts[0]), StandardCharsets.US_ASCII))
          .isEqualTo(Long.toUnsignedString(discord.botUserId()));
      assertThat(parts[1]).hasSize(6);
      assertThat(parts[2].length()).isGreaterThanOrEqualTo(27);

      HttpResponse<String> gateway =
          http.send(
              HttpRequest.newBuilder(URI.create(rest + "/gateway/bot"))
                  .header("Authorization", "Bot " + token)
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(gateway.statusCode()).isEqualTo(200);
      assertThat(gateway.body()).contains(discord.gatewayUrl().toString());
    }
  }

  @Test
  void servesOnTheAskedPort() throws IOException {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    try (OfflineDiscord discord =
        Main.start(
            new String[] {"--port", Integer.toString(free)},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertThat(discord.restUrl().getPort()).isEqualTo(free);
    }
  }

  @Test
  void refusesWhatItDoesNotUnderstand() {
    assertThatThrownBy(() -> Main.port(new String[] {"--port", "x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number");
    assertThatThrownBy(() -> Main.port(new String[] {"--port", "70000"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65535");
    assertThatThrownBy(() -> Main.port(new String[] {"--verbose"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown argument");
    assertThat(Main.port(new String[] {"--port", "8790"})).isEqualTo(8790);
    assertThat(Main.port(new String[0])).isZero();
  }

  @Test
  void setsWhatManyShardsNeed() throws IOException, InterruptedException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OfflineDiscord discord =
            Main.start(
                new String[] {
                  "--max-concurrency", "16",
                  "--identify-interval-ms", "0",
                  "--session-start-limit", "5000",
                  "--max-guilds-per-shard", "10",
                  "--heartbeat-interval-ms", "60000",
                  "--shard-guilds", "4"
                },
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient()) {
      assertThat(buffer.toString(StandardCharsets.UTF_8))
          .contains("One more guild on each of 4 shards");
      HttpResponse<String> gateway =
          http.send(
              HttpRequest.newBuilder(URI.create(discord.restUrl() + "/gateway/bot"))
                  .header("Authorization", "Bot " + discord.botToken())
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(gateway.statusCode()).isEqualTo(200);
      assertThat(gateway.body().replace(" ", ""))
          .contains("\"max_concurrency\":16")
          .contains("\"total\":5000");
    }
  }

  @Test
  void readsEveryOption() {
    Main.Options options =
        Main.options(
            new String[] {
              "--port", "8790",
              "--max-concurrency", "32",
              "--identify-interval-ms", "250",
              "--session-start-limit", "100000",
              "--max-guilds-per-shard", "3",
              "--heartbeat-interval-ms", "1000",
              "--shard-guilds", "1000"
            });
    assertThat(options)
        .isEqualTo(
            new Main.Options(
                8790, 32, Duration.ofMillis(250), 100_000, 3, Duration.ofSeconds(1), 1000));
    assertThat(Main.options(new String[0]))
        .isEqualTo(new Main.Options(0, null, null, null, null, null, 0));
    assertThatThrownBy(() -> Main.options(new String[] {"--max-concurrency", "0"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> Main.options(new String[] {"--shard-guilds", "2000"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024");
    assertThatThrownBy(() -> Main.options(new String[] {"--session-start-limit"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a number");
  }
}
