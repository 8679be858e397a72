package dev.gloam.testkit.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small REST client on the JDK's HttpClient, for driving the testkit in tests. */
public final class RestClient implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;

  /**
   * Creates a client.
   *
   * @param base the REST base URL
   * @param token the bot token, or null to send no Authorization header
   */
  public RestClient(URI base, String token) {
    this(base, token, "Bot ");
  }

  private RestClient(URI base, String token, String scheme) {
    this.base = base;
    this.authorization = token == null ? null : scheme + token;
  }

  /**
   * Creates a client that authenticates as a user with an OAuth2 access token.
   *
   * @param base the REST base URL
   * @param accessToken the access token, sent as {@code Authorization: Bearer ...}
   * @return the client
   */
  public static RestClient bearer(URI base, String accessToken) {
    return new RestClient(base, accessToken, "Bearer ");
  }

  /**
   * Sends a request.
   *
   * @param method the HTTP method
   * @param path the path below the base
   * @param body the JSON body, or null for none
   * @return the response
   */
  public HttpResponse<String> send(String method, String path, String body) {
    return send(method, path, body, null);
  }

  /**
   * Sends a request with an {@code X-Audit-Log-Reason}, percent-encoded as Discord expects it.
   *
   * @param method the HTTP method
   * @param path the path below the base
   * @param body the JSON body, or null for none
   * @param auditLogReason the reason, or null for none
   * @return the response
   */
  public HttpResponse<String> send(String method, String path, String body, String auditLogReason) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (auditLogReason != null) {
      request.header(
          "X-Audit-Log-Reason",
          URLEncoder.encode(auditLogReason, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a GET.
   *
   * @param path the path below the base
   * @return the response
   */
  public HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  /**
   * Sends a POST with a JSON body.
   *
   * @param path the path below the base
   * @param body the JSON body
   * @return the response
   */
  public HttpResponse<String> post(String path, String body) {
    return send("POST", path, body);
  }

  /**
   * Parses a response body.
   *
   * @param response the response
   * @return the JSON
   */
  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    http.close();
  }
}
