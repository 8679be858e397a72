package dev.gloam.testkit;

import dev.gloam.testkit.internal.gateway.GatewayContext;
import dev.gloam.testkit.internal.gateway.GatewayServer;
import dev.gloam.testkit.internal.gateway.GatewaySettings;
import dev.gloam.testkit.internal.gateway.SessionRegistry;
import dev.gloam.testkit.internal.gateway.SessionStartLimit;
import dev.gloam.testkit.internal.rest.RestServer;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.rest.ratelimit.CountingRateLimiter;
import dev.gloam.testkit.internal.rest.routes.GatewayRoutes;
import dev.gloam.testkit.internal.rest.routes.MessageRoutes;
import dev.gloam.testkit.internal.rest.routes.ResourceReadRoutes;
import dev.gloam.testkit.internal.rest.routes.UserRoutes;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.wire.Redactor;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.World;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An offline Discord: a REST API and a gateway on 127.0.0.1, each on an ephemeral port, that speak
 * Discord's wire protocol (API v10, JSON, optional zlib-stream) so a bot can run against them
 * without a network. The world holds one guild with one text channel, a bot user and a human user.
 *
 * <pre>{@code
 * try (OfflineDiscord discord = OfflineDiscord.start()) {
 *   // Point the bot at discord.restUrl() and discord.gatewayUrl(), with discord.botToken().
 *   discord.awaitSessions(1, Duration.ofSeconds(10));
 *   discord.humanSays(discord.channelId(), "!ping");
 *   RecordedMessage pong =
 *       discord.awaitMessage(m -> m.content().equals("Pong!"), Duration.ofSeconds(10));
 *   discord.wireLog().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe. Every thread the testkit starts is named {@code gloam-testkit-*}
 * and is stopped by {@link #close()}. Tokens never appear in the wire log, logs, exceptions or
 * {@link #toString()}.
 */
public final class OfflineDiscord implements AutoCloseable {

  /** The token bots must present unless the builder sets another; it only looks real. */
  public static final String DEFAULT_BOT_TOKEN =
      "MTIzNDU2Nzg5MDEyMzQ1Njc4.GloamT.ZmFrZV90b2tlbl9mb3JfZ2xvYW1fdGVzdGtpdA";

  /** The heartbeat interval announced in HELLO unless the builder sets another. */
  public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(41_250);

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final String botToken;
  private final World world;
  private final WireLog wireLog;
  private final SessionRegistry sessions;
  private final GatewayServer gateway;
  private final RestServer rest;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OfflineDiscord(Builder builder) throws IOException {
    Clock clock = Clock.systemUTC();
    this.botToken = builder.botToken;
    this.world = new World(clock, new SnowflakeGenerator(clock, 1, 0));
    this.wireLog = new WireLog(clock, new Redactor(botToken));
    this.sessions = new SessionRegistry();
    SessionStartLimit sessionStartLimit = new SessionStartLimit(clock);
    this.gateway = GatewayServer.bind();
    try {
      Router router = new Router();
      GatewayRoutes.register(router, gateway.url(), sessionStartLimit);
      UserRoutes.register(router, world);
      MessageRoutes.register(router, world);
      ResourceReadRoutes.register(router, world);
      this.rest = new RestServer(router, new CountingRateLimiter(clock), wireLog, botToken);
    } catch (IOException | RuntimeException e) {
      gateway.close(Duration.ZERO);
      throw e;
    }
    URI gatewayUrl = gateway.url();
    GatewaySettings settings =
        new GatewaySettings(builder.heartbeatInterval, CLOSE_TIMEOUT, Duration.ofSeconds(10));
    world.onMessageCreated(sessions::messageCreated);
    gateway.start(
        new GatewayContext(
            world, wireLog, sessions, sessionStartLimit, settings, botToken, () -> gatewayUrl));
  }

  /**
   * Starts an offline Discord with the default settings.
   *
   * @return the running instance; close it when done
   * @throws TestkitException of kind STARTUP if a server cannot be started
   */
  public static OfflineDiscord start() {
    return builder().start();
  }

  /**
   * Returns a builder for an offline Discord with custom settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the REST API base URL, without a trailing slash.
   *
   * @return for example {@code http://127.0.0.1:45678/api/v10}
   */
  public URI restUrl() {
    return rest.url();
  }

  /**
   * Returns the gateway URL, as {@code GET /gateway/bot} reports it; clients add the query.
   *
   * @return for example {@code ws://127.0.0.1:45679}
   */
  public URI gatewayUrl() {
    return gateway.url();
  }

  /**
   * Returns the token the bot must present, over REST as {@code Authorization: Bot <token>} and in
   * IDENTIFY.
   *
   * @return the bot token
   */
  public String botToken() {
    return botToken;
  }

  /**
   * Returns the id of the test guild.
   *
   * @return the guild's snowflake
   */
  public long guildId() {
    return world.guild().id();
  }

  /**
   * Returns the id of the guild's text channel, {@code #general}.
   *
   * @return the channel's snowflake
   */
  public long channelId() {
    return world.channel().id();
  }

  /**
   * Returns the bot user's id.
   *
   * @return the bot's snowflake
   */
  public long botUserId() {
    return world.bot().id();
  }

  /**
   * Returns the human user's id; the human owns the guild.
   *
   * @return the human's snowflake
   */
  public long humanUserId() {
    return world.human().id();
  }

  /**
   * Returns the id of the application the bot belongs to. It differs from the bot's user id, as it
   * does for older applications, so that code mixing the two up is caught.
   *
   * @return the application's snowflake
   */
  public long applicationId() {
    return world.applicationId();
  }

  /**
   * Blocks until at least {@code count} gateway sessions have been sent READY (and their
   * GUILD_CREATE) since the start. A message created after this returns is dispatched to those
   * sessions.
   *
   * @param count how many sessions
   * @param timeout how long to wait at most
   * @throws TestkitException of kind TIMEOUT if not enough sessions got ready in time
   */
  public void awaitSessions(int count, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    sessions.awaitReady(count, timeout);
  }

  /**
   * Posts a message as the human user and dispatches MESSAGE_CREATE to every identified session
   * that should see it, before returning.
   *
   * @param channelId the channel to post in
   * @param content the text, 1 to 2000 characters
   * @return the new message's id
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown channel or invalid content, or
   *     CLOSED after {@link #close()}
   */
  public long humanSays(long channelId, String content) {
    Objects.requireNonNull(content, "content");
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    if (world.channel(channelId).isEmpty()) {
      throw new TestkitException(
          TestkitException.Kind.INVALID_ARGUMENT, "unknown channel " + channelId);
    }
    int length = content.codePointCount(0, content.length());
    if (length == 0 || length > 2000) {
      throw new TestkitException(
          TestkitException.Kind.INVALID_ARGUMENT,
          "content must be 1 to 2000 characters, was " + length);
    }
    return world.createMessage(MessageDraft.text(channelId, world.human().id(), content)).id();
  }

  /**
   * Blocks until a stored message matches, checking the messages already stored first, oldest
   * first.
   *
   * @param condition what the message must satisfy; called while the store is locked, so keep it
   *     short
   * @param timeout how long to wait at most
   * @return the first matching message
   * @throws TestkitException of kind TIMEOUT if no message matched in time
   */
  public RecordedMessage awaitMessage(
      Predicate<? super RecordedMessage> condition, Duration timeout) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(timeout, "timeout");
    return world.messages().await(condition, timeout);
  }

  /**
   * Returns the messages stored in a channel, oldest first.
   *
   * @param channelId the channel
   * @return an immutable snapshot, empty for an unknown channel
   */
  public List<RecordedMessage> messages(long channelId) {
    return world.messages().inChannel(channelId);
  }

  /**
   * Returns every gateway frame and REST request and response so far, both ways, in order.
   *
   * @return an immutable snapshot
   */
  public List<WireEvent> wireLog() {
    return wireLog.snapshot();
  }

  /**
   * Adds a listener for wire events recorded from now on. It runs on a testkit thread (for frames
   * the gateway sends, after the frame is written), never while a lock is held, so it may call back
   * into the testkit, for example to answer with {@link #humanSays}. It should be quick; exceptions
   * it throws are logged and ignored.
   *
   * @param listener the listener
   */
  public void onWire(Consumer<? super WireEvent> listener) {
    wireLog.addListener(listener);
  }

  /**
   * Stops both servers: gateway clients are sent close code 1001 and get a bounded time to answer,
   * then every connection and thread the testkit started is ended. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      gateway.close(CLOSE_TIMEOUT);
    } finally {
      rest.close(CLOSE_TIMEOUT);
    }
  }

  /**
   * Describes the instance without its token.
   *
   * @return the URLs
   */
  @Override
  public String toString() {
    return "OfflineDiscord[rest=" + restUrl() + ", gateway=" + gatewayUrl() + "]";
  }

  /** Settings for an {@link OfflineDiscord}; every setting has a sensible default. */
  public static final class Builder {

    private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;
    private String botToken = DEFAULT_BOT_TOKEN;

    private Builder() {}

    /**
     * Sets the heartbeat interval announced in HELLO; a short one makes heartbeat tests fast.
     *
     * @param interval a positive interval
     * @return this builder
     */
    public Builder heartbeatInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the heartbeat interval must be positive");
      }
      this.heartbeatInterval = interval;
      return this;
    }

    /**
     * Sets the token the bot must present.
     *
     * @param token a non-blank token without whitespace
     * @return this builder
     */
    public Builder botToken(String token) {
      Objects.requireNonNull(token, "token");
      if (token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
        // The message leaves the token out on purpose.
        throw new IllegalArgumentException("the bot token must be non-blank without whitespace");
      }
      this.botToken = token;
      return this;
    }

    /**
     * Starts the servers.
     *
     * @return the running instance; close it when done
     * @throws TestkitException of kind STARTUP if a server cannot be started
     */
    public OfflineDiscord start() {
      try {
        return new OfflineDiscord(this);
      } catch (IOException e) {
        throw new TestkitException(
            TestkitException.Kind.STARTUP, "could not start the offline Discord", e);
      }
    }

    /**
     * Describes the settings without the token.
     *
     * @return the settings
     */
    @Override
    public String toString() {
      return "OfflineDiscord.Builder[heartbeatInterval=" + heartbeatInterval + "]";
    }
  }
}
