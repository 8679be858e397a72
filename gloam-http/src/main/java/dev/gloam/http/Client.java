package dev.gloam.http;

import dev.gloam.http.ratelimiting.InMemoryRateLimiter;
import dev.gloam.http.ratelimiting.RateLimiter;
import dev.gloam.http.request.RawRequest;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The entry point for Discord's REST API: one method per operation, each returning a typed request
 * that is sent with {@code send()} (blocking, cheap on a virtual thread) or {@code sendAsync()}.
 *
 * <p>The methods are grouped by resource in the interfaces this class implements:
 *
 * <ul>
 *   <li>{@link MessageRequests}
 *   <li>{@link WebhookRequests}
 *   <li>{@link ChannelRequests}
 *   <li>{@link ThreadRequests}
 *   <li>{@link InviteRequests}
 *   <li>{@link StageInstanceRequests}
 *   <li>{@link GuildRequests}
 *   <li>{@link MemberRequests}
 *   <li>{@link RoleRequests}
 *   <li>{@link EmojiRequests}
 *   <li>{@link StickerRequests}
 *   <li>{@link SoundboardRequests}
 *   <li>{@link ScheduledEventRequests}
 *   <li>{@link AutoModerationRequests}
 *   <li>{@link VoiceRequests}
 *   <li>{@link ApplicationRequests}
 *   <li>{@link CommandRequests}
 *   <li>{@link MonetizationRequests}
 *   <li>{@link UserRequests}
 *   <li>{@link OAuth2Requests}
 *   <li>{@link GatewayRequests}
 *   <li>{@link LobbyRequests}
 *   <li>{@link PartnerSdkRequests}
 * </ul>
 *
 * <p>Interaction responses and follow-up messages are on {@link #interaction(Id)}; routes that
 * gloam does not know yet can be sent with {@link #raw(String, String)}. Every request goes through
 * the client's {@link RateLimiter}, which by default keeps Discord's limits in memory.
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
public final class Client
    implements MessageRequests,
        WebhookRequests,
        ChannelRequests,
        ThreadRequests,
        InviteRequests,
        StageInstanceRequests,
        GuildRequests,
        MemberRequests,
        RoleRequests,
        EmojiRequests,
        StickerRequests,
        SoundboardRequests,
        ScheduledEventRequests,
        AutoModerationRequests,
        VoiceRequests,
        ApplicationRequests,
        CommandRequests,
        MonetizationRequests,
        UserRequests,
        OAuth2Requests,
        GatewayRequests,
        LobbyRequests,
        PartnerSdkRequests,
        AutoCloseable {
  /** Discord's REST API base URL, version 10. */
  public static final URI DISCORD_API = URI.create("https://discord.com/api/v10");

  /** The user agent Discord requires of bots (reference, "User Agent"). */
  public static final String USER_AGENT = "DiscordBot (https://gloam.dev, 0.1.0)";

  private final URI baseUrl;
  private final ExecutorService executor;
  private final HttpClient http;
  private final RateLimiter rateLimiter;
  private final boolean ownsRateLimiter;
  private final Transport transport;

  private Client(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.rateLimiter = builder.rateLimiter;
    this.ownsRateLimiter = builder.ownsRateLimiter;
    this.executor =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gloam-http-", 0).factory());
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(builder.timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.transport =
        new JdkTransport(
            http,
            baseUrl,
            builder.authorization,
            USER_AGENT,
            builder.timeout,
            rateLimiter,
            builder.maxRetries);
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
   * Returns the requests that answer interactions of an application: the initial response and
   * follow-up messages (interactions/receiving-and-responding). They authenticate with the
   * interaction's token and are exempt from the global rate limit.
   *
   * <pre>{@code
   * InteractionClient interactions = client.interaction(applicationId);
   * interactions.createResponse(interaction.id(), interaction.token())
   *     .message(m -> m.content("Pong!"))
   *     .send();
   * }</pre>
   *
   * @param applicationId the application the interactions were sent to
   * @return the interaction client
   */
  public InteractionClient interaction(Id<ApplicationMarker> applicationId) {
    return new InteractionClient(transport, applicationId);
  }

  /**
   * Starts a request to any route, for routes that Discord adds before gloam knows them. It goes
   * through the same rate limiter and error handling as typed requests; its answer is read as a
   * JSON tree.
   *
   * <pre>{@code
   * JsonNode answer = client.raw("GET", "/channels/" + channelId + "/messages")
   *     .query("limit", 5)
   *     .send()
   *     .model();
   * }</pre>
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the path below the API base, such as {@code /channels/123/messages}
   * @return the request
   */
  public RawRequest raw(String method, String path) {
    return new RawRequest(transport, method, path);
  }

  @Override
  public Transport transport() {
    return transport;
  }

  /**
   * Returns the rate limiter every request of this client goes through.
   *
   * @return the rate limiter
   */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /**
   * Returns the API base URL requests are sent to.
   *
   * @return the base URL, such as {@code https://discord.com/api/v10}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Closes the HTTP connections and stops the client's threads, and closes the rate limiter if the
   * client created it (a limiter passed to {@link Builder#rateLimiter} stays open). In-flight
   * requests fail.
   */
  @Override
  public void close() {
    if (ownsRateLimiter && rateLimiter instanceof InMemoryRateLimiter limiter) {
      limiter.close();
    }
    http.close();
    executor.close();
  }

  @Override
  public String toString() {
    return "Client[" + baseUrl + ", token=<redacted>]";
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
    private String authorization;
    private URI baseUrl = DISCORD_API;
    private Duration timeout = Duration.ofSeconds(30);
    private RateLimiter rateLimiter;
    private boolean ownsRateLimiter;
    private int maxRetries = 3;

    private Builder() {}

    /**
     * Sets the token. A bare token or one with the {@code Bot } prefix is sent as a bot token; one
     * with the {@code Bearer } prefix as an OAuth2 access token.
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      String text = token.strip();
      if (text.startsWith("Bearer ")) {
        return bearerToken(text.substring(7));
      }
      String bare = (text.startsWith("Bot ") ? text.substring(4) : text).strip();
      if (bare.isEmpty()) {
        throw new IllegalArgumentException("the token is empty");
      }
      this.authorization = "Bot " + bare;
      return this;
    }

    /**
     * Sets an OAuth2 access token, sent as {@code Authorization: Bearer ...} (topics/oauth2).
     *
     * @param accessToken the access token, without the {@code Bearer } prefix
     * @return this builder
     */
    public Builder bearerToken(String accessToken) {
      String bare = Objects.requireNonNull(accessToken, "accessToken").strip();
      if (bare.isEmpty()) {
        throw new IllegalArgumentException("the access token is empty");
      }
      this.authorization = "Bearer " + bare;
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
     * Sets how long to wait for a connection and for each answer; a request may set its own.
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
     * Sets the rate limiter, for example one shared with other clients of the same bot, one with a
     * raised global limit ({@link InMemoryRateLimiter#builder()}), or {@link
     * RateLimiter#unlimited()} behind a rate-limiting proxy. Without one, the client creates an
     * {@link InMemoryRateLimiter} with Discord's limits and closes it in {@link Client#close()}; a
     * limiter set here is left open.
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /**
     * Sets how often a request answered with 429 is sent again (after the wait the limiter imposes)
     * before it fails with {@link HttpException.Kind#RATE_LIMITED}.
     *
     * @param maxRetries the number of retries, 3 by default, 0 for none
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Builds the client. Without a token, only requests that authenticate with a webhook or
     * interaction token in their path can be sent; the others fail with {@link
     * HttpException.Kind#UNAUTHORIZED}.
     *
     * @return the client
     */
    public Client build() {
      if (rateLimiter == null) {
        rateLimiter = InMemoryRateLimiter.create();
        ownsRateLimiter = true;
      }
      try {
        return new Client(this);
      } finally {
        // A builder that builds again creates a new limiter for the next client.
        if (ownsRateLimiter) {
          rateLimiter = null;
          ownsRateLimiter = false;
        }
      }
    }

    @Override
    public String toString() {
      return "Client.Builder[" + baseUrl + ", token=<redacted>]";
    }
  }
}
