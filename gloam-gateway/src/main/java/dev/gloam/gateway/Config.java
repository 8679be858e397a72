package dev.gloam.gateway;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.gateway.queue.IdentifyQueue;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.command.IdentifyProperties;
import dev.gloam.model.gateway.command.UpdatePresence;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Shard} connects and identifies: token, intents, gateway URL, compression, identify
 * options (properties, presence, large threshold) and what shards share (the identify queue, the
 * HTTP client). One configuration serves any number of shards; the shard id is given to the shard.
 * Immutable; the token is never shown by {@link #toString()}.
 *
 * <pre>{@code
 * Config config = Config.builder(token, Intents.GUILD_MESSAGES)
 *     .gatewayUrl(URI.create(info.url()))       // from GET /gateway/bot
 *     .build();
 * Shard shard = Shard.create(ShardId.ONE, config);
 * }</pre>
 */
public final class Config {
  /**
   * Discord's gateway URL, used when none is given; {@code GET /gateway/bot} names the current one.
   */
  public static final URI DISCORD_GATEWAY = URI.create("wss://gateway.discord.gg");

  /** Discord's send limit per connection: 120 payloads (events/gateway, "Rate Limiting"). */
  public static final int DISCORD_COMMAND_LIMIT = 120;

  /** The window of Discord's send limit: 60 seconds. */
  public static final Duration DISCORD_COMMAND_WINDOW = Duration.ofSeconds(60);

  private final String token;
  private final Intents intents;
  private final URI gatewayUrl;
  private final Compression compression;
  private final int largeThreshold;
  private final IdentifyProperties identifyProperties;
  private final UpdatePresence presence;
  private final IdentifyQueue identifyQueue;
  private final HttpClient httpClient;
  private final int commandLimit;
  private final Duration commandWindow;

  private Config(Builder builder) {
    this.token = builder.token;
    this.intents = builder.intents;
    this.gatewayUrl = builder.gatewayUrl;
    this.compression = builder.compression;
    this.largeThreshold = builder.largeThreshold;
    this.identifyProperties = builder.identifyProperties;
    this.presence = builder.presence;
    this.identifyQueue = builder.identifyQueue;
    this.httpClient = builder.httpClient;
    this.commandLimit = builder.commandLimit;
    this.commandWindow = builder.commandWindow;
  }

  /**
   * Starts a configuration.
   *
   * @param token the bot token, with or without the {@code Bot } prefix
   * @param intents the events to receive
   * @return a builder
   */
  public static Builder builder(String token, Intents intents) {
    return new Builder(token, intents);
  }

  String token() {
    return token;
  }

  /**
   * Returns the intents the shard identifies with.
   *
   * @return the intents
   */
  public Intents intents() {
    return intents;
  }

  /**
   * Returns the gateway URL the shard connects to, without query parameters.
   *
   * @return the URL
   */
  public URI gatewayUrl() {
    return gatewayUrl;
  }

  /**
   * Returns the transport compression the shard asks for.
   *
   * @return the compression
   */
  public Compression compression() {
    return compression;
  }

  /**
   * Returns the member count above which Discord sends a guild without offline members.
   *
   * @return the threshold, 50 to 250
   */
  public int largeThreshold() {
    return largeThreshold;
  }

  /**
   * Returns the connection properties sent when identifying.
   *
   * @return the properties
   */
  public IdentifyProperties identifyProperties() {
    return identifyProperties;
  }

  /**
   * Returns the presence the shard identifies with.
   *
   * @return the presence, or empty for Discord's default (online, no activity)
   */
  public Optional<UpdatePresence> presence() {
    return Optional.ofNullable(presence);
  }

  /**
   * Returns the identify queue shared by the shards that use this configuration.
   *
   * @return the queue, or empty if each shard (or {@link ShardGroup}) makes and owns its own
   */
  public Optional<IdentifyQueue> identifyQueue() {
    return Optional.ofNullable(identifyQueue);
  }

  /**
   * Returns the HTTP client whose WebSockets the shards use.
   *
   * @return the client, or empty if each shard (or {@link ShardGroup}) makes and owns its own
   */
  public Optional<HttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /**
   * Returns how many payloads a connection may send per {@link #commandWindow()}.
   *
   * @return 120 unless changed
   */
  public int commandLimit() {
    return commandLimit;
  }

  /**
   * Returns the window of the send limit.
   *
   * @return 60 seconds unless changed
   */
  public Duration commandWindow() {
    return commandWindow;
  }

  /** A copy that uses a shared HTTP client and identify queue, and maybe another gateway URL. */
  Config shared(HttpClient client, IdentifyQueue queue, URI url) {
    Builder copy = new Builder(token, intents);
    copy.gatewayUrl = url;
    copy.compression = compression;
    copy.largeThreshold = largeThreshold;
    copy.identifyProperties = identifyProperties;
    copy.presence = presence;
    copy.identifyQueue = queue;
    copy.httpClient = client;
    copy.commandLimit = commandLimit;
    copy.commandWindow = commandWindow;
    return new Config(copy);
  }

  @Override
  public String toString() {
    return "Config[gatewayUrl="
        + gatewayUrl
        + ", intents="
        + intents
        + ", compression="
        + compression
        + ", token=<redacted>]";
  }

  /** Builds a {@link Config}. */
  public static final class Builder {
    private final String token;
    private final Intents intents;
    private URI gatewayUrl = DISCORD_GATEWAY;
    private Compression compression = Compression.preferred();
    private int largeThreshold = 50;
    private IdentifyProperties identifyProperties = IdentifyProperties.of("gloam");
    private UpdatePresence presence;
    private IdentifyQueue identifyQueue;
    private HttpClient httpClient;
    private int commandLimit = DISCORD_COMMAND_LIMIT;
    private Duration commandWindow = DISCORD_COMMAND_WINDOW;

    private Builder(String token, Intents intents) {
      Objects.requireNonNull(token, "token");
      String bare = (token.startsWith("Bot ") ? token.substring(4) : token).strip();
      if (bare.isEmpty()) {
        throw new IllegalArgumentException("the token is empty");
      }
      this.token = bare;
      this.intents = Objects.requireNonNull(intents, "intents");
    }

    /**
     * Sets the gateway URL, such as the one {@code GET /gateway/bot} returns or an offline
     * Discord's.
     *
     * @param gatewayUrl a {@code wss://} or {@code ws://} URL without query parameters
     * @return this builder
     */
    public Builder gatewayUrl(URI gatewayUrl) {
      String scheme = Objects.requireNonNull(gatewayUrl, "gatewayUrl").getScheme();
      if (!"wss".equals(scheme) && !"ws".equals(scheme)) {
        throw new IllegalArgumentException(
            "the gateway URL must be ws:// or wss://: " + gatewayUrl);
      }
      if (gatewayUrl.getRawQuery() != null) {
        throw new IllegalArgumentException(
            "the gateway URL must not have a query; the shard adds v, encoding and compress");
      }
      this.gatewayUrl = gatewayUrl;
      return this;
    }

    /**
     * Sets the transport compression (events/gateway, "Transport Compression"). The default is
     * {@link Compression#preferred()}: {@code zstd-stream} when the optional {@code
     * com.github.luben:zstd-jni} is on the path, else {@code zlib-stream}.
     *
     * @param compression the compression, or {@link Compression#NONE}
     * @return this builder
     * @throws IllegalArgumentException if it is not available here (zstd without zstd-jni)
     */
    public Builder compression(Compression compression) {
      Objects.requireNonNull(compression, "compression");
      if (!compression.isAvailable()) {
        throw new IllegalArgumentException(
            compression + " is not available: add com.github.luben:zstd-jni to the path");
      }
      this.compression = compression;
      return this;
    }

    /**
     * Sets the presence to identify with (events/gateway-events, "Identify"), such as an activity
     * or the idle status. Change it later with {@link MessageSender#command}.
     *
     * @param presence the presence
     * @return this builder
     */
    public Builder presence(UpdatePresence presence) {
      this.presence = Objects.requireNonNull(presence, "presence");
      return this;
    }

    /**
     * Shares an identify queue among every shard that uses this configuration, or among several
     * configurations and groups. Without one, each {@link Shard} or {@link ShardGroup} makes an
     * {@link dev.gloam.gateway.queue.InMemoryIdentifyQueue} of its own and closes it with itself.
     * The program closes a queue it gives here.
     *
     * @param identifyQueue the queue
     * @return this builder
     */
    public Builder identifyQueue(IdentifyQueue identifyQueue) {
      this.identifyQueue = Objects.requireNonNull(identifyQueue, "identifyQueue");
      return this;
    }

    /**
     * Sets the HTTP client that opens the WebSockets, for a proxy, TLS settings, or to share one
     * client (and its one selector thread) among many shards. Without one, each {@link Shard} or
     * {@link ShardGroup} makes a client of its own and closes it with itself. The program closes a
     * client it gives here.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Changes the send limit the shard keeps to. Discord's is 120 payloads per 60 seconds per
     * connection, the default; change it only for a gateway proxy or test server with other limits.
     *
     * @param limit payloads per window, at least 2
     * @param window the window, positive
     * @return this builder
     */
    public Builder commandRateLimit(int limit, Duration window) {
      Objects.requireNonNull(window, "window");
      if (limit < 2) {
        throw new IllegalArgumentException("the send limit must be at least 2: " + limit);
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the send window must be positive: " + window);
      }
      this.commandLimit = limit;
      this.commandWindow = window;
      return this;
    }

    /**
     * Sets the member count above which a guild counts as large.
     *
     * @param largeThreshold 50 to 250, 50 by default
     * @return this builder
     */
    public Builder largeThreshold(int largeThreshold) {
      if (largeThreshold < 50 || largeThreshold > 250) {
        throw new IllegalArgumentException("large_threshold must be 50 to 250: " + largeThreshold);
      }
      this.largeThreshold = largeThreshold;
      return this;
    }

    /**
     * Sets the connection properties sent when identifying.
     *
     * @param identifyProperties the properties
     * @return this builder
     */
    public Builder identifyProperties(IdentifyProperties identifyProperties) {
      this.identifyProperties = Objects.requireNonNull(identifyProperties, "identifyProperties");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public Config build() {
      return new Config(this);
    }

    @Override
    public String toString() {
      return "Config.Builder[gatewayUrl=" + gatewayUrl + ", token=<redacted>]";
    }
  }
}
