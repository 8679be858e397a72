package dev.gloam.http.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the transport puts on the wire and how it reads what comes back, seen from a small HTTP
 * server on loopback that records each request's headers: the offline Discord hides tokens from its
 * own records, so it cannot show them.
 */
class TransportHeadersTest {
  /** One request as the server saw it. */
  record Seen(String method, String path, Headers headers) {}

  HttpServer server;
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  volatile int status = 200;
  volatile byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
  volatile boolean gzip;
  volatile long delayMillis;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.add(
              new Seen(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawPath()
                      + (exchange.getRequestURI().getRawQuery() == null
                          ? ""
                          : "?" + exchange.getRequestURI().getRawQuery()),
                  exchange.getRequestHeaders()));
          exchange.getRequestBody().readAllBytes();
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] body = answer;
          if (gzip) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
              out.write(body);
            }
            body = packed.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10");
  }

  @Test
  void botRequestsCarryTheTokenTheUserAgentAndAnEncodedReason() {
    try (Client client = Client.builder().token("Bot abc.def").baseUrl(base()).build()) {
      client
          .raw("PATCH", "/guilds/1")
          .json("{}")
          .reason("spring cleaning: \u00e9t\u00e9 & co")
          .send();
    }
    Seen request = seen.get(0);
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.path()).isEqualTo("/api/v10/guilds/1");
    assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bot abc.def");
    assertThat(request.headers().getFirst("User-Agent")).isEqualTo(Client.USER_AGENT);
    assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
    assertThat(request.headers().getFirst("X-Audit-Log-Reason"))
        .isEqualTo("spring%20cleaning%3A%20%C3%A9t%C3%A9%20%26%20co");
    assertThat(request.headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void bearerTokensAreSentAsBearer() {
    try (Client client = Client.builder().token("Bearer oauth-token").baseUrl(base()).build()) {
      client.raw("GET", "/users/@me").send();
    }
    assertThat(seen.get(0).headers().getFirst("Authorization")).isEqualTo("Bearer oauth-token");
  }

  @Test
  void tokenRoutesGoWithoutTheClientsToken() {
    try (Client client = Client.builder().token("abc").baseUrl(base()).build()) {
      client.raw("POST", "/webhooks/5/hook-token").json("{\"content\":\"x\"}").send();
    }
    assertThat(seen.get(0).headers().containsKey("Authorization")).isFalse();
    assertThat(seen.get(0).path()).isEqualTo("/api/v10/webhooks/5/hook-token");
  }

  @Test
  void operationHeadersAreSentAndTransportHeadersCannotBeReplaced() {
    status = 204;
    answer = new byte[0];
    try (Client client = Client.builder().token("abc").baseUrl(base()).build()) {
      client
          .executeGithubWebhook(dev.gloam.model.id.Id.of(5), "hook-token")
          .event("push")
          .ref("refs/heads/main")
          .send();
      assertThatThrownBy(() -> client.raw("GET", "/users/@me").header("Authorization", "Bot x"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(seen.get(0).headers().getFirst("X-GitHub-Event")).isEqualTo("push");
    assertThat(seen.get(0).headers().containsKey("Authorization")).isFalse();
  }

  @Test
  void gzipAnswersAreInflated() {
    gzip = true;
    answer = "{\"id\":\"1\",\"name\":\"zipped\"}".getBytes(StandardCharsets.UTF_8);
    try (Client client = Client.builder().token("abc").baseUrl(base()).build()) {
      assertThat(client.raw("GET", "/guilds/1").send().model().path("name").asString())
          .isEqualTo("zipped");
    }
  }

  @Test
  void errorsCarryDiscordsCodeAndNeverTheToken() {
    status = 403;
    answer =
        "{\"code\":50013,\"message\":\"Missing Permissions\"}".getBytes(StandardCharsets.UTF_8);
    try (Client client = Client.builder().token("super-secret-token").baseUrl(base()).build()) {
      assertThatThrownBy(() -> client.raw("DELETE", "/channels/9").send())
          .isInstanceOfSatisfying(
              HttpException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(HttpException.Kind.RESPONSE);
                assertThat(e.status()).isEqualTo(403);
                assertThat(e.error())
                    .hasValueSatisfying(error -> assertThat(error.code()).isEqualTo(50013));
                assertThat(e.getMessage())
                    .contains("DELETE /channels/9", "Missing Permissions")
                    .doesNotContain("super-secret-token");
              });
      assertThat(client.toString()).doesNotContain("super-secret-token");
    }
  }

  @Test
  void aRequestTimesOutWithItsOwnTimeout() {
    delayMillis = 2_000;
    try (Client client = Client.builder().token("abc").baseUrl(base()).build()) {
      assertThatThrownBy(
              () -> client.raw("GET", "/users/@me").timeout(Duration.ofMillis(100)).send())
          .isInstanceOfSatisfying(
              HttpException.class, e -> assertThat(e.kind()).isEqualTo(HttpException.Kind.TIMEOUT));
    }
  }
}
