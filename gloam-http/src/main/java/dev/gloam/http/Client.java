package dev.gloam.http;

import dev.gloam.http.request.channel.message.CreateMessage;
import dev.gloam.http.request.gateway.GetGatewayBot;
import dev.gloam.http.request.user.GetCurrentUser;
import dev.gloam.http.response.DiscordError;
import dev.gloam.http.response.Response;
import dev.gloam.http.routing.ApiRequest;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The entry point for Discord's REST API: one method per operation, each returning a typed request
 * that is sent with {@code send()} (blocking, cheap on a virtual thread) or {@code sendAsync()}.
 *
 * <p>A client is thread-safe and meant to be shared by the whole program. Its HTTP connections run
 * on virtual threads named {@code gloam-http-N}; {@link #close()} stops them. The token is never
 * shown by {@link #toString()}, in logs or in exceptions.
 *
 * <pre>{@code
 * try (Client client = Client.create(System.getenv("DISCORD_TOKEN"))) {
 *   User me = client.currentUser().send().model();
 *   client.createMessage(channelId).content("Hello from " + me.username()).send();
 * }
 * }</pre>
 */
public final class Client implements AutoCloseable {
  /** Discord's REST API base URL, version 10. */
  public static final URI DISCORD_API = URI.create("https://discord.com/api/v10");

  private static final Logger LOG = LoggerFactory.getLogger(Client.class);
  private static final String USER_AGENT = "DiscordBot (https://gloam.dev, 0.1.0)";

  private final String authorization;
  private final URI baseUrl;
  private final Duration timeout;
  private final ExecutorService executor;
  private final HttpClient http;
  private final Transport transport = new JdkTransport();

  private Client(Builder builder) {
    this.authorization = "Bot " + builder.token;
    this.baseUrl = builder.baseUrl;
    this.timeout = builder.timeout;
    this.executor =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gloam-http-", 0).factory());
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(builder.timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Creates a client for a bot token that talks to Discord.
   *
   * @param token the bot token, with or without the {@code Bot } prefix
   * @return the client
   */
  public static Client create(String token) {
    return builder().token(token).build();
  }

  /**
   * Starts configuring a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends a message. Maps "Create Message" ({@code POST /channels/{channel.id}/messages},
   * resources/message).
   *
   * @param channelId the channel to send in
   * @return the request, to fill in and send
   */
  public CreateMessage createMessage(Id<ChannelMarker> channelId) {
    return new CreateMessage(transport, channelId);
  }

  /**
   * Gets the bot's own user. Maps "Get Current User" ({@code GET /users/@me}, resources/user).
   *
   * @return the request
   */
  public GetCurrentUser currentUser() {
    return new GetCurrentUser(transport);
  }

  /**
   * Gets the gateway URL, the recommended shard count and the session start limit. Maps "Get
   * Gateway Bot" ({@code GET /gateway/bot}, events/gateway).
   *
   * @return the request
   */
  public GetGatewayBot gatewayBot() {
    return new GetGatewayBot(transport);
  }

  /**
   * Returns the API base URL requests are sent to.
   *
   * @return the base URL, such as {@code https://discord.com/api/v10}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Closes the HTTP connections and stops the client's threads. In-flight requests fail. */
  @Override
  public void close() {
    http.close();
    executor.close();
  }

  @Override
  public String toString() {
    return "Client[" + baseUrl + ", token=<redacted>]";
  }

  private final class JdkTransport implements Transport {
    @Override
    public <T> Response<T> send(ApiRequest request, Class<T> type) {
      HttpResponse<byte[]> response;
      try {
        response = http.send(toHttpRequest(request), HttpResponse.BodyHandlers.ofByteArray());
      } catch (HttpTimeoutException e) {
        throw timeout(request, e);
      } catch (IOException e) {
        throw transport(request, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw transport(request, e);
      }
      return toResponse(request, response, type);
    }

    @Override
    public <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, Class<T> type) {
      return http.sendAsync(toHttpRequest(request), HttpResponse.BodyHandlers.ofByteArray())
          .handle(
              (response, error) -> {
                if (error != null) {
                  Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                  throw cause instanceof HttpTimeoutException
                      ? timeout(request, cause)
                      : transport(request, cause);
                }
                return toResponse(request, response, type);
              });
    }
  }

  private HttpRequest toHttpRequest(ApiRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
            .timeout(timeout)
            .header("Authorization", authorization)
            .header("User-Agent", USER_AGENT);
    Optional<byte[]> body = request.jsonBody();
    if (body.isPresent()) {
      builder.header("Content-Type", "application/json");
      builder.method(request.route().method(), HttpRequest.BodyPublishers.ofByteArray(body.get()));
    } else {
      builder.method(request.route().method(), HttpRequest.BodyPublishers.noBody());
    }
    return builder.build();
  }

  private static <T> Response<T> toResponse(
      ApiRequest request, HttpResponse<byte[]> response, Class<T> type) {
    int status = response.statusCode();
    LOG.debug("{} -> {}", request, status);
    if (status >= 200 && status < 300) {
      return new Response<>(status, response.headers(), response.body(), type, request.toString());
    }
    DiscordError error = parseError(response.body());
    HttpException.Kind kind =
        status == 429 ? HttpException.Kind.RATE_LIMITED : HttpException.Kind.RESPONSE;
    String detail = error == null ? "" : ": " + error.message() + " (code " + error.code() + ")";
    throw new HttpException(kind, status, error, request + " answered " + status + detail, null);
  }

  private static DiscordError parseError(byte[] body) {
    try {
      JsonNode tree = ModelJson.mapper().readTree(body);
      if (!tree.isObject() || !tree.has("message")) {
        return null;
      }
      JsonNode errors = tree.get("errors");
      return new DiscordError(
          tree.path("code").asInt(0), tree.get("message").asString(), Optional.ofNullable(errors));
    } catch (JacksonException e) {
      // Cloudflare and proxies answer with HTML; the status alone then describes the failure.
      return null;
    }
  }

  private static HttpException timeout(ApiRequest request, Throwable cause) {
    return new HttpException(HttpException.Kind.TIMEOUT, 0, null, request + " timed out", cause);
  }

  private static HttpException transport(ApiRequest request, Throwable cause) {
    return new HttpException(
        HttpException.Kind.TRANSPORT, 0, null, request + " failed: " + cause, cause);
  }

  /**
   * Configures a {@link Client}.
   *
   * <pre>{@code
   * Client client = Client.builder()
   *     .token(token)
   *     .baseUrl(URI.create("http://127.0.0.1:8080/api/v10"))   // an offline Discord, say
   *     .timeout(Duration.ofSeconds(10))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private String token;
    private URI baseUrl = DISCORD_API;
    private Duration timeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets the bot token (required).
     *
     * @param token the token, with or without the {@code Bot } prefix
     * @return this builder
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      String bare = token.startsWith("Bot ") ? token.substring(4) : token;
      if (bare.isBlank()) {
        throw new IllegalArgumentException("the token is empty");
      }
      this.token = bare.strip();
      return this;
    }

    /**
     * Sets the API base URL, for a proxy or an offline Discord such as gloam-testkit.
     *
     * @param baseUrl the base, up to and including the version, such as {@code
     *     https://discord.com/api/v10}; a trailing slash is ignored
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      String text = Objects.requireNonNull(baseUrl, "baseUrl").toString();
      this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /**
     * Sets how long to wait for a connection and for each answer.
     *
     * @param timeout the timeout, 30 seconds by default
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no token was set
     */
    public Client build() {
      if (token == null) {
        throw new IllegalStateException("a token is required");
      }
      return new Client(this);
    }

    @Override
    public String toString() {
      return "Client.Builder[" + baseUrl + ", token=<redacted>]";
    }
  }
}
