package dev.gloam.gateway;

import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.command.IdentifyProperties;
import java.net.URI;
import java.util.Objects;

/**
 * How a {@link Shard} connects and identifies: token, intents, gateway URL and identify options.
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

  private final String token;
  private final Intents intents;
  private final URI gatewayUrl;
  private final boolean compression;
  private final int largeThreshold;
  private final IdentifyProperties identifyProperties;

  private Config(Builder builder) {
    this.token = builder.token;
    this.intents = builder.intents;
    this.gatewayUrl = builder.gatewayUrl;
    this.compression = builder.compression;
    this.largeThreshold = builder.largeThreshold;
    this.identifyProperties = builder.identifyProperties;
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
   * Tells whether the shard asks for {@code zlib-stream} transport compression.
   *
   * @return {@code true} if compression is on
   */
  public boolean compression() {
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
    private boolean compression = true;
    private int largeThreshold = 50;
    private IdentifyProperties identifyProperties = IdentifyProperties.of("gloam");

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
     * Turns {@code zlib-stream} transport compression on (the default) or off.
     *
     * @param compression whether to compress
     * @return this builder
     */
    public Builder compression(boolean compression) {
      this.compression = compression;
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
