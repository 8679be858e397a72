package dev.gloam.testkit.internal.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway behaves. Discord's own values are the defaults of {@code OfflineDiscord.Builder};
 * tests shorten the durations and lower the limits so that they run in seconds.
 *
 * @param heartbeatInterval the interval announced in HELLO
 * @param closeTimeout how long a client has to answer our close frame before the socket is cut
 * @param handshakeTimeout how long a client has to send its HTTP upgrade request
 * @param commandLimit how many payloads one connection may send per {@code commandWindow} before it
 *     is closed with 4008 (Discord: 120)
 * @param commandWindow the window of the send limit (Discord: 60 s)
 * @param identifyInterval how long a {@code max_concurrency} bucket waits between IDENTIFYs
 *     (Discord: 5 s)
 * @param maxConcurrency how many buckets of identifies there are, as {@code GET /gateway/bot}
 *     reports
 * @param sessionStartTotal how many sessions may be started per day
 * @param privilegedIntents the privileged intents the application has switched on
 * @param maxGuildsPerShard the most guilds one session may receive before 4011 (Discord: 2500)
 * @param replayLimit how many dispatches a session keeps for RESUME
 */
public record GatewaySettings(
    Duration heartbeatInterval,
    Duration closeTimeout,
    Duration handshakeTimeout,
    int commandLimit,
    Duration commandWindow,
    Duration identifyInterval,
    int maxConcurrency,
    int sessionStartTotal,
    long privilegedIntents,
    int maxGuildsPerShard,
    int replayLimit) {

  /** Discord's send limit per connection. */
  public static final int DISCORD_COMMAND_LIMIT = 120;

  /** The window of Discord's send limit. */
  public static final Duration DISCORD_COMMAND_WINDOW = Duration.ofSeconds(60);

  /** How long a {@code max_concurrency} bucket waits between identifies on Discord. */
  public static final Duration DISCORD_IDENTIFY_INTERVAL = Duration.ofSeconds(5);

  /** Discord's daily session starts for bots in fewer than 100,000 guilds. */
  public static final int DISCORD_SESSION_START_TOTAL = 1000;

  /** Discord's guild limit per shard. */
  public static final int DISCORD_MAX_GUILDS_PER_SHARD = 2500;

  /** The dispatches kept per session for resuming, unless configured otherwise. */
  public static final int DEFAULT_REPLAY_LIMIT = 10_000;

  /**
   * Checks the values.
   *
   * @param heartbeatInterval the interval announced in HELLO
   * @param closeTimeout the closing handshake timeout
   * @param handshakeTimeout the upgrade request timeout
   * @param commandLimit payloads per window
   * @param commandWindow the window of the send limit
   * @param identifyInterval the wait between identifies of one bucket
   * @param maxConcurrency the number of identify buckets
   * @param sessionStartTotal session starts per day
   * @param privilegedIntents the privileged intents the application may use
   * @param maxGuildsPerShard the guild limit per shard
   * @param replayLimit dispatches kept for resuming
   */
  public GatewaySettings {
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(closeTimeout, "closeTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    Objects.requireNonNull(commandWindow, "commandWindow");
    Objects.requireNonNull(identifyInterval, "identifyInterval");
    if (commandLimit < 1 || maxConcurrency < 1 || sessionStartTotal < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (maxGuildsPerShard < 1 || replayLimit < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * Discord's values with the given timeouts, for servers that only choose those.
   *
   * @param heartbeatInterval the interval announced in HELLO
   * @param closeTimeout the closing handshake timeout
   * @param handshakeTimeout the upgrade request timeout
   * @return the settings
   */
  public static GatewaySettings discordDefaults(
      Duration heartbeatInterval, Duration closeTimeout, Duration handshakeTimeout) {
    return new GatewaySettings(
        heartbeatInterval,
        closeTimeout,
        handshakeTimeout,
        DISCORD_COMMAND_LIMIT,
        DISCORD_COMMAND_WINDOW,
        DISCORD_IDENTIFY_INTERVAL,
        1,
        DISCORD_SESSION_START_TOTAL,
        Intents.PRIVILEGED,
        DISCORD_MAX_GUILDS_PER_SHARD,
        DEFAULT_REPLAY_LIMIT);
  }

  /**
   * The application flags that tell which privileged intents the application has, as READY's {@code
   * application.flags} carries them: the "limited" flags of an unverified bot.
   *
   * @return the flags
   */
  public int applicationFlags() {
    int flags = 0;
    if (Intents.contains(privilegedIntents, Intents.GUILD_PRESENCES)) {
      flags |= 1 << 13; // GATEWAY_PRESENCE_LIMITED
    }
    if (Intents.contains(privilegedIntents, Intents.GUILD_MEMBERS)) {
      flags |= 1 << 15; // GATEWAY_GUILD_MEMBERS_LIMITED
    }
    if (Intents.contains(privilegedIntents, Intents.MESSAGE_CONTENT)) {
      flags |= 1 << 19; // GATEWAY_MESSAGE_CONTENT_LIMITED
    }
    return flags;
  }
}
