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
}
