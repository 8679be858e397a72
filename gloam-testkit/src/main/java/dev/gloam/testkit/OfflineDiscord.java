package dev.gloam.testkit;

import dev.gloam.testkit.internal.auth.BotTokens;
import dev.gloam.testkit.internal.gateway.GatewayContext;
import dev.gloam.testkit.internal.gateway.GatewayServer;
import dev.gloam.testkit.internal.gateway.GatewaySettings;
import dev.gloam.testkit.internal.gateway.SessionRegistry;
import dev.gloam.testkit.internal.gateway.SessionStartLimit;
import dev.gloam.testkit.internal.messages.HumanActions;
import dev.gloam.testkit.internal.openapi.OpenApiGate;
import dev.gloam.testkit.internal.openapi.RawBody;
import dev.gloam.testkit.internal.rest.RestServer;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.rest.fault.FaultPlan;
import dev.gloam.testkit.internal.rest.ratelimit.RateLimiter;
import dev.gloam.testkit.internal.rest.routes.GatewayRoutes;
import dev.gloam.testkit.internal.rest.routes.ScheduledEventRoutes;
import dev.gloam.testkit.internal.rest.routes.StatefulRoutes;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.wire.Redactor;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.MemberEvents;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.internal.world.build.Checks;
import dev.gloam.testkit.internal.world.build.GuildFactory;
import dev.gloam.testkit.internal.world.build.WorldEditor;
import dev.gloam.testkit.internal.world.interaction.HumanInteractions;
import dev.gloam.testkit.internal.world.interaction.Integrations;
import dev.gloam.testkit.internal.world.interaction.PendingInteraction;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * An offline Discord: a REST API and a gateway on 127.0.0.1, each on an ephemeral port, that speak
 * Discord's wire protocol (API v10, JSON, optional zlib-stream or zstd-stream) so a bot can run
 * against them without a network. A new instance holds one guild, owned by a human user, with a
 * text channel named {@code general} and the bot as a member; tests build more with {@link
 * #newGuild} and the other world-building methods, act as the human with the {@code human...}
 * methods, and the REST API keeps and checks state the way Discord does.
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

  /** The heartbeat interval announced in HELLO unless the builder sets another. */
  public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(41_250);

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final String botToken;
  private final World world;
  private final WireLog wireLog;
  private final SessionRegistry sessions;
  private final GatewayFaults gatewayFaults;
  private final GatewayServer gateway;
  private final RestServer rest;
  private final RateLimiter rateLimiter;
  private final RestFaults restFaults;
  private final Load load;
  private final GuildFactory guildFactory;
  private final WorldEditor worldEditor;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OfflineDiscord(Builder builder) throws IOException {
    Clock clock = Clock.systemUTC();
    this.world = new World(clock, new SnowflakeGenerator(clock, 1, 0), builder.botPermissions);
    this.botToken =
        builder.botToken != null
            ? builder.botToken
            : BotTokens.forBot(world.bot().id(), clock.instant());
    Redactor redactor = new Redactor(botToken);
    this.wireLog = new WireLog(clock, redactor);
    // Webhook and interaction tokens are secrets too, from the moment they exist.
    world.integrations().tokens().onIssued(redactor::alsoRedact);
    world.integrations().responseDeadline(builder.interactionResponseDeadline);
    this.sessions = new SessionRegistry(world);
    this.guildFactory = new GuildFactory(world, sessions::guildCreated);
    this.worldEditor = new WorldEditor(world, guildFactory);
    this.gatewayFaults = new GatewayFaults(sessions);
    this.load = new Load(world, sessions, wireLog, clock);
    GatewaySettings settings = builder.gatewaySettings(CLOSE_TIMEOUT);
    SessionStartLimit sessionStartLimit =
        new SessionStartLimit(
            clock,
            settings.sessionStartTotal(),
            settings.maxConcurrency(),
            settings.identifyInterval());
    this.rateLimiter = new RateLimiter(builder.rateLimits, clock, world.applicationId());
    FaultPlan faultPlan = new FaultPlan();
    this.restFaults = new RestFaults(faultPlan);
    this.gateway = GatewayServer.bind();
    try {
      Router router = new Router();
      GatewayRoutes.register(router, gateway.url(), sessionStartLimit);
      StatefulRoutes.register(router, world, sessions.live());
      this.rest =
          new RestServer(
              router,
              rateLimiter,
              wireLog,
              botToken,
              new OpenApiGate(new SnowflakeGenerator(clock, 1, 2), clock),
              builder.restPort,
              faultPlan);
    } catch (IOException | RuntimeException e) {
      gateway.close(Duration.ZERO);
      throw e;
    }
    URI gatewayUrl = gateway.url();
    world.onMessageCreated(sessions::messageCreated);
    world.attachmentFiles().origin("http://127.0.0.1:" + rest.url().getPort());
    rest.files(
        path ->
            world
                .attachmentFiles()
                .find(path)
                .map(file -> new RawBody(file.contentType(), file.bytes())));
    world.events(sessions.worldEvents());
    gateway.start(
        new GatewayContext(
            world, wireLog, sessions, sessionStartLimit, settings, botToken, () -> gatewayUrl));
    // Last: the controls call this instance's public methods.
    rest.control(new HttpControl(this));
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
   * Makes the human subscribe to ("be interested in") a scheduled event: sessions with the
   * GUILD_SCHEDULED_EVENTS intent get GUILD_SCHEDULED_EVENT_USER_ADD (events/gateway-events, "Guild
   * Scheduled Event User Add"), and Get Guild Scheduled Event Users and {@code user_count} list the
   * human from then on. Subscribing twice changes nothing.
   *
   * @param guildId the event's guild
   * @param eventId the scheduled event
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or event, or if the
   *     human is not a member, or CLOSED after {@link #close()}
   */
  public void humanSubscribes(long guildId, long eventId) {
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    try {
      ScheduledEventRoutes.subscribe(world, guildId, eventId, world.human().id());
    } catch (IllegalArgumentException e) {
      throw new TestkitException(TestkitException.Kind.INVALID_ARGUMENT, e.getMessage());
    }
  }

  /**
   * Makes the human react to a message: the reaction is kept on the message (its {@code reactions}
   * and Get Reactions show it) and sessions with the GUILD_MESSAGE_REACTIONS intent on the guild's
   * shard get MESSAGE_REACTION_ADD (events/gateway-events, "Message Reaction Add"), as when a
   * person clicks a reaction. Reacting again with the same emoji does nothing.
   *
   * <pre>{@code
   * long id = discord.humanSays(discord.channelId(), "vote!");
   * discord.humanReacts(discord.channelId(), id, "👍");
   * }</pre>
   *
   * @param channelId the message's channel
   * @param messageId the message
   * @param emoji a Unicode emoji, such as {@code "👍"}, or {@code name:id} for a custom emoji of
   *     one of the bot's guilds
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown channel, message or emoji, or
   *     CLOSED after {@link #close()}
   */
  public void humanReacts(long channelId, long messageId, String emoji) {
    Objects.requireNonNull(emoji, "emoji");
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    try {
      HumanActions.react(world, channelId, messageId, emoji);
    } catch (IllegalArgumentException e) {
      throw new TestkitException(TestkitException.Kind.INVALID_ARGUMENT, e.getMessage());
    }
  }

  /**
   * Makes the human vote for an answer of a poll: the vote counts in the poll's results and in Get
   * Answer Voters, and sessions with the GUILD_MESSAGE_POLLS intent get MESSAGE_POLL_VOTE_ADD
   * (events/gateway-events, "Message Poll Vote Add"). In a poll without multiple answers an earlier
   * vote for another answer is taken back first (MESSAGE_POLL_VOTE_REMOVE).
   *
   * @param channelId the poll's channel
   * @param messageId the poll's message
   * @param answerId the answer, numbered from 1
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown message or answer, a message
   *     without a poll or a poll that is over, or CLOSED after {@link #close()}
   */
  public void humanVotes(long channelId, long messageId, int answerId) {
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    try {
      HumanActions.vote(world, channelId, messageId, answerId);
    } catch (IllegalArgumentException e) {
      throw new TestkitException(TestkitException.Kind.INVALID_ARGUMENT, e.getMessage());
    }
  }

  /**
   * Makes a new human user join a guild, as when a person accepts an invite: the member is stored
   * with no roles and sessions with the GUILD_MEMBERS intent get GUILD_MEMBER_ADD (events/
   * gateway-events, "Guild Member Add"). The same as {@link #addMember} without roles, named as the
   * other actions of the human are.
   *
   * <pre>{@code
   * long alice = discord.humanJoins(discord.guildId(), "alice");
   * }</pre>
   *
   * @param guildId the guild
   * @param username the new user's unique name
   * @return the new user's id
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or a name outside 2 to
   *     32 characters, or CLOSED after {@link #close()}
   */
  public long humanJoins(long guildId, String username) {
    return addMember(guildId, username);
  }

  /**
   * Makes a human member leave a guild: the membership is removed and sessions with the
   * GUILD_MEMBERS intent get GUILD_MEMBER_REMOVE (events/gateway-events, "Guild Member Remove").
   * The owner cannot leave, and the bot leaves through the REST API.
   *
   * @param guildId the guild
   * @param userId the member
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or member, the owner or
   *     the bot, or CLOSED after {@link #close()}
   */
  public void humanLeaves(long guildId, long userId) {
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    Guild guild =
        world
            .guild(guildId)
            .orElseThrow(
                () ->
                    new TestkitException(
                        TestkitException.Kind.INVALID_ARGUMENT, "unknown guild " + guildId));
    if (userId == guild.ownerId() || userId == world.bot().id()) {
      throw new TestkitException(
          TestkitException.Kind.INVALID_ARGUMENT, "the owner and the bot cannot leave this way");
    }
    world.change(
        () -> {
          Member member =
              guild
                  .removeMember(userId)
                  .orElseThrow(
                      () ->
                          new TestkitException(
                              TestkitException.Kind.INVALID_ARGUMENT,
                              "user " + userId + " is not a member of guild " + guildId));
          MemberEvents.removed(world, guild, member.user());
          return member;
        });
  }

  /**
   * Makes the human run a slash command registered for the application (globally, or in the
   * channel's guild): the bot's sessions get INTERACTION_CREATE of type 2 with a working token
   * (interactions/receiving-and-responding.mdx, "Interaction Object").
   *
   * <pre>{@code
   * HumanInteraction roll = discord.humanUsesCommand(discord.channelId(), "roll", Map.of("sides", 6));
   * InteractionResponse answer = roll.awaitResponse(Duration.ofSeconds(10));
   * }</pre>
   *
   * @param channelId where the human types the command
   * @param command the command's name, followed by a subcommand group and subcommand if any,
   *     separated by spaces (for example {@code "config set"})
   * @param options the option values by name: strings, numbers or booleans; users, channels and
   *     roles by their snowflake
   * @return the interaction, to wait for the bot's answer
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown channel or command, an unknown
   *     or missing required option, or CLOSED after {@link #close()}
   */
  public HumanInteraction humanUsesCommand(long channelId, String command, Map<String, ?> options) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(options, "options");
    return human(() -> HumanInteractions.command(world, channelId, command, options));
  }

  /**
   * Makes the human press a button of a message: INTERACTION_CREATE of type 3 with the message.
   *
   * @param channelId the message's channel
   * @param messageId the message, which must have the button, not disabled
   * @param customId the button's {@code custom_id}
   * @return the interaction, to wait for the bot's answer
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown message or button, a disabled
   *     or link button, or CLOSED after {@link #close()}
   */
  public HumanInteraction humanPressesButton(long channelId, long messageId, String customId) {
    Objects.requireNonNull(customId, "customId");
    return human(() -> HumanInteractions.button(world, channelId, messageId, customId));
  }

  /**
   * Makes the human pick options of a string select menu: INTERACTION_CREATE of type 3.
   *
   * @param channelId the message's channel
   * @param messageId the message, which must have the menu
   * @param customId the menu's {@code custom_id}
   * @param values the picked options' values, within the menu's min and max
   * @return the interaction, to wait for the bot's answer
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown message, menu or value, or
   *     CLOSED after {@link #close()}
   */
  public HumanInteraction humanSelects(
      long channelId, long messageId, String customId, String... values) {
    Objects.requireNonNull(customId, "customId");
    List<String> picked = List.of(values);
    return human(() -> HumanInteractions.select(world, channelId, messageId, customId, picked));
  }

  /**
   * Makes the human submit the modal the bot opened (callback type 9) in answer to an earlier
   * interaction: INTERACTION_CREATE of type 5.
   *
   * <pre>{@code
   * HumanInteraction opened = discord.humanUsesCommand(discord.channelId(), "feedback", Map.of());
   * opened.awaitResponse(Duration.ofSeconds(10)); // the bot answered with a modal
   * HumanInteraction submitted =
   *     discord.humanSubmitsModal(opened, "feedback-form", Map.of("text", "Great bot"));
   * }</pre>
   *
   * @param opener the interaction the bot answered with the modal
   * @param customId the modal's {@code custom_id}
   * @param values the text inputs' values by their {@code custom_id}
   * @return the new interaction, to wait for the bot's answer
   * @throws TestkitException of kind INVALID_ARGUMENT if the bot opened no such modal, a required
   *     input is missing or an input is unknown, or CLOSED after {@link #close()}
   */
  public HumanInteraction humanSubmitsModal(
      HumanInteraction opener, String customId, Map<String, String> values) {
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(customId, "customId");
    Objects.requireNonNull(values, "values");
    return human(() -> HumanInteractions.submitModal(world, opener.pending(), customId, values));
  }

  private HumanInteraction human(Supplier<PendingInteraction> action) {
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
    try {
      return new HumanInteraction(action.get());
    } catch (IllegalArgumentException e) {
      throw new TestkitException(TestkitException.Kind.INVALID_ARGUMENT, e.getMessage(), e);
    }
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
   * Replaces the REST rate limits of the running instance and forgets every counter and ban, for
   * example to lower a limit in the middle of a test.
   *
   * @param limits the new limits
   */
  public void rateLimits(RateLimits limits) {
    rateLimiter.update(limits);
  }

  /**
   * Returns the faults that can be injected into the REST API: server errors, unexpected 429s and
   * slow answers, per route.
   *
   * @return the REST fault injector of this instance
   */
  public RestFaults restFaults() {
    return restFaults;
  }

  /**
   * Returns the faults that can be injected into gateway connections: dropped connections, zombie
   * heartbeats, RECONNECT, INVALID_SESSION, close codes, corrupt frames and malformed JSON.
   *
   * @return the fault injector of this instance
   */
  public GatewayFaults gatewayFaults() {
    return gatewayFaults;
  }

  /**
   * Returns the load mode: streams of realistic guild events to the gateway sessions, at a set rate
   * or as fast as possible.
   *
   * @return the load generator of this instance
   */
  public Load load() {
    return load;
  }

  /**
   * Starts describing a new guild that the bot is in, owned by the human; {@link
   * GuildBuilder#create()} makes it and sends GUILD_CREATE to the sessions of its shard.
   *
   * <pre>{@code
   * CreatedGuild guild =
   *     discord.newGuild("big").textChannel("general").role("mods").members(100_000).create();
   * long general = guild.channelId("general");
   * }</pre>
   *
   * @param name the guild's name, 2 to 100 characters
   * @return a builder for the guild's channels, roles and members
   * @throws TestkitException of kind INVALID_ARGUMENT for a bad name
   */
  public GuildBuilder newGuild(String name) {
    return new GuildBuilder(
        name,
        spec -> {
          ensureOpen();
          return guildFactory.create(spec);
        });
  }

  /**
   * Sends one scripted dispatch of a guild's event, so that a test can put a client's cache through
   * any order of events, including orders the world itself would never produce (an update before
   * its create, a member of an unknown guild, a repeated delete). The dispatch goes, with the next
   * sequence number of each session and its usual transport compression, to every valid session
   * whose shard owns the guild ({@code (guild_id >> 22) % num_shards == shard_id}) and whose
   * intents let Discord send this event there (for example PRESENCE_UPDATE only with
   * GUILD_PRESENCES; events the intent table does not name need none). A session waiting to be
   * resumed keeps it and gets it on replay. Sent after every event the world sent before this call
   * and before every event it sends after.
   *
   * <p>The world's state is <b>not</b> changed: the body is the test's script, sent as given to
   * every session alike (nothing trimmed by intents, such as message content), and REST and later
   * GUILD_CREATEs still show the world as it is. The guild need not exist in the world.
   *
   * <pre>{@code
   * int reached =
   *     discord.dispatch(guild.id(), "GUILD_ROLE_DELETE",
   *         "{\"guild_id\":\"%d\",\"role_id\":\"%d\"}".formatted(guild.id(), roleId));
   * }</pre>
   *
   * @param guildId the guild the event belongs to; decides which shard gets it
   * @param eventName the dispatch name ({@code t}), upper case as Discord writes it, for example
   *     {@code GUILD_MEMBER_UPDATE}; any name, also one Discord does not send
   * @param dataJson the event's body ({@code d}): a JSON object
   * @return how many sessions it was dispatched to; 0 if none receives the guild
   * @throws TestkitException of kind INVALID_ARGUMENT if the name is not an event name or the body
   *     is not one JSON object, or CLOSED after {@link #close()}
   */
  public int dispatch(long guildId, String eventName, String dataJson) {
    String type = Checks.eventName(eventName);
    ObjectNode body = Checks.jsonObject(dataJson);
    ensureOpen();
    return world.change(() -> sessions.dispatchToGuild(guildId, type, s -> body.deepCopy()));
  }

  /**
   * Sends one scripted dispatch of an event that belongs to no guild, such as USER_UPDATE or a
   * direct message's MESSAGE_CREATE, to every valid session identified as one shard whose intents
   * let Discord send it (checked as for an event in a direct message, so a DM's MESSAGE_CREATE
   * needs DIRECT_MESSAGES). Discord sends such events to shard 0. Numbering, compression, order and
   * resuming are as for {@link #dispatch}, and as there the world's state is <b>not</b> changed.
   *
   * @param shardId the shard, 0 or more
   * @param eventName the dispatch name ({@code t}), upper case as Discord writes it
   * @param dataJson the event's body ({@code d}): a JSON object
   * @return how many sessions it was dispatched to; 0 if no session is identified as that shard
   * @throws TestkitException of kind INVALID_ARGUMENT for a negative shard, a name that is not an
   *     event name or a body that is not one JSON object, or CLOSED after {@link #close()}
   */
  public int dispatchToShard(int shardId, String eventName, String dataJson) {
    if (shardId < 0) {
      throw Checks.invalid("a shard id is 0 or more, was " + shardId);
    }
    String type = Checks.eventName(eventName);
    ObjectNode body = Checks.jsonObject(dataJson);
    ensureOpen();
    return world.change(() -> sessions.dispatchToShard(shardId, type, body));
  }

  /**
   * Adds a channel to a guild, as the owner would, and sends CHANNEL_CREATE (and the audit log
   * entry, GUILD_AUDIT_LOG_ENTRY_CREATE). Discord allows channels with the same name, and so does
   * this.
   *
   * @param guildId the guild
   * @param name the channel's name, 1 to 100 characters
   * @param type the channel's type
   * @return the new channel's id
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or a bad name
   */
  public long addChannel(long guildId, String name, GuildChannelType type) {
    Objects.requireNonNull(type, "type");
    ensureOpen();
    return worldEditor.addChannel(guildId, name, type.value(), 0);
  }

  /**
   * Adds a channel to a category of a guild and sends CHANNEL_CREATE.
   *
   * @param guildId the guild
   * @param name the channel's name, 1 to 100 characters
   * @param type the channel's type, not a category
   * @param categoryId a category of the guild
   * @return the new channel's id
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or category, or a bad
   *     name
   */
  public long addChannel(long guildId, String name, GuildChannelType type, long categoryId) {
    Objects.requireNonNull(type, "type");
    if (type == GuildChannelType.CATEGORY) {
      throw Checks.invalid("a category cannot sit in another category");
    }
    ensureOpen();
    return worldEditor.addChannel(guildId, name, type.value(), categoryId);
  }

  /**
   * Adds a role to a guild, as the owner would: it lands just above {@code @everyone} and every
   * other role moves up one place. Sends GUILD_ROLE_CREATE, then GUILD_ROLE_UPDATE for each role
   * that moved.
   *
   * @param guildId the guild
   * @param name the role's name, 1 to 100 characters; names may repeat, as on Discord
   * @param permissions the permission bits (see {@link Permission#of}); only bits Discord defines
   * @return the new role's id
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild, a bad name or unknown
   *     permission bits
   */
  public long addRole(long guildId, String name, long permissions) {
    ensureOpen();
    return worldEditor.addRole(guildId, name, permissions);
  }

  /**
   * Creates a user who joins a guild with some roles, and sends GUILD_MEMBER_ADD to the sessions
   * with the GUILD_MEMBERS intent.
   *
   * @param guildId the guild
   * @param username the user name, 2 to 32 characters
   * @param roleIds roles of the guild to give; not {@code @everyone} and not a managed role
   * @return the new user's id
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or role, or a bad name
   */
  public long addMember(long guildId, String username, long... roleIds) {
    ensureOpen();
    return worldEditor.addMember(guildId, username, roleIds);
  }

  /**
   * Creates users named {@code member1}, {@code member2}, ... who join a guild, and sends
   * GUILD_MEMBER_ADD for each, as Discord does when that many people join. For thousands of members
   * with sessions connected, {@link #addMembersWithoutEvents} is kinder to the sessions' resume
   * buffers.
   *
   * @param guildId the guild
   * @param count how many, 0 or more; a guild holds at most 500,000
   * @return the new users' ids, in join order
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or a count out of range
   */
  public long[] addMembers(long guildId, int count) {
    ensureOpen();
    return worldEditor.addMembers(guildId, count, true);
  }

  /**
   * Creates users named {@code member1}, {@code member2}, ... who join a guild, without any event:
   * for seeding a large guild. Sessions see the members through member_count in a later
   * GUILD_CREATE, REQUEST_GUILD_MEMBERS and the REST API.
   *
   * @param guildId the guild
   * @param count how many, 0 or more; a guild holds at most 500,000
   * @return the new users' ids, in join order
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or a count out of range
   */
  public long[] addMembersWithoutEvents(long guildId, int count) {
    ensureOpen();
    return worldEditor.addMembers(guildId, count, false);
  }

  /**
   * Gives a member a role, as the owner would, and sends GUILD_MEMBER_UPDATE. Giving a role the
   * member already has changes nothing and sends nothing.
   *
   * @param guildId the guild
   * @param userId the member
   * @param roleId a role of the guild; not {@code @everyone} and not a managed role
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild, member or role
   */
  public void giveRole(long guildId, long userId, long roleId) {
    ensureOpen();
    worldEditor.giveRole(guildId, userId, roleId);
  }

  /**
   * Changes what the bot's managed role grants in a guild and sends GUILD_ROLE_UPDATE: the way to
   * test how a bot copes with missing permissions (the REST API then answers 403 with code 50013).
   *
   * @param guildId the guild
   * @param permissions the permission bits (see {@link Permission#of}); only bits Discord defines
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or unknown bits
   */
  public void setBotPermissions(long guildId, long permissions) {
    ensureOpen();
    worldEditor.setBotPermissions(guildId, permissions);
  }

  /**
   * Removes the bot from a guild, as when it is kicked or the guild is deleted, and sends
   * GUILD_DELETE without {@code unavailable} (Discord's sign that the bot was removed). The default
   * guild ({@link #guildId()}) stays: build another guild to remove.
   *
   * @param guildId a guild made with {@link #newGuild}
   * @throws TestkitException of kind INVALID_ARGUMENT for an unknown guild or the default guild
   */
  public void removeGuild(long guildId) {
    ensureOpen();
    worldEditor.removeGuild(guildId);
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new TestkitException(TestkitException.Kind.CLOSED, "the offline Discord is closed");
    }
  }

  /** The world, for tests in this package that build state no public method builds yet. */
  World world() {
    return world;
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
      load.close(CLOSE_TIMEOUT);
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
    private String botToken;
    private int restPort;
    private RateLimits rateLimits = RateLimits.discordDefaults();
    private long privilegedIntents = PRIVILEGED_ALL;
    private int gatewaySendLimit = GatewaySettings.DISCORD_COMMAND_LIMIT;
    private Duration gatewaySendWindow = GatewaySettings.DISCORD_COMMAND_WINDOW;
    private Duration identifyInterval = GatewaySettings.DISCORD_IDENTIFY_INTERVAL;
    private int maxConcurrency = 1;
    private int sessionStartTotal = GatewaySettings.DISCORD_SESSION_START_TOTAL;
    private int maxGuildsPerShard = GatewaySettings.DISCORD_MAX_GUILDS_PER_SHARD;
    private int resumeBufferSize = GatewaySettings.DEFAULT_REPLAY_LIMIT;
    private Duration interactionResponseDeadline = Integrations.DEFAULT_RESPONSE_DEADLINE;
    private long botPermissions = Permission.botDefault();

    private static final long PRIVILEGED_ALL =
        PrivilegedIntent.GUILD_MEMBERS.bit()
            | PrivilegedIntent.GUILD_PRESENCES.bit()
            | PrivilegedIntent.MESSAGE_CONTENT.bit();

    private Builder() {}

    /**
     * Sets the port of the REST API on 127.0.0.1; by default the system picks a free one. The
     * gateway keeps a port of its own, which clients learn from {@code GET /gateway}.
     *
     * @param port 1 to 65535, or 0 for any free port
     * @return this builder
     */
    public Builder restPort(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("a port is between 0 and 65535, not " + port);
      }
      this.restPort = port;
      return this;
    }

    /**
     * Sets the REST rate limits; the default is {@link RateLimits#discordDefaults()}, enforced.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets which privileged intents the application has switched on; IDENTIFY with any other
     * privileged intent is closed with 4014. All three by default, as on a developer's test bot.
     *
     * @param intents the privileged intents the application has; none for an empty call
     * @return this builder
     */
    public Builder privilegedIntents(PrivilegedIntent... intents) {
      long bits = 0;
      for (PrivilegedIntent intent : intents) {
        bits |= Objects.requireNonNull(intent, "intent").bit();
      }
      this.privilegedIntents = bits;
      return this;
    }

    /**
     * Sets the gateway's send limit: more than {@code commands} payloads (heartbeats included) from
     * one connection within {@code window} close it with 4008. Discord's is 120 per 60 s.
     *
     * @param commands payloads allowed per window, at least 1
     * @param window the window, positive
     * @return this builder
     */
    public Builder gatewaySendLimit(int commands, Duration window) {
      Objects.requireNonNull(window, "window");
      if (commands < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the send limit must be positive");
      }
      this.gatewaySendLimit = commands;
      this.gatewaySendWindow = window;
      return this;
    }

    /**
     * Sets {@code max_concurrency} and how long each of its buckets ({@code shard_id %
     * max_concurrency}) waits between IDENTIFYs; an IDENTIFY that comes too soon is answered with
     * INVALID_SESSION {@code false}. Discord's default is 1 bucket and 5 s.
     *
     * @param maxConcurrency the number of buckets, at least 1
     * @param identifyInterval the wait within a bucket, zero or positive
     * @return this builder
     */
    public Builder identifyConcurrency(int maxConcurrency, Duration identifyInterval) {
      Objects.requireNonNull(identifyInterval, "identifyInterval");
      if (maxConcurrency < 1 || identifyInterval.isNegative()) {
        throw new IllegalArgumentException("max_concurrency must be positive");
      }
      this.maxConcurrency = maxConcurrency;
      this.identifyInterval = identifyInterval;
      return this;
    }

    /**
     * Sets how many sessions may be started per day ({@code session_start_limit.total}); once none
     * remain, IDENTIFY is answered with INVALID_SESSION {@code false}. 1000 by default.
     *
     * @param total session starts per day, zero or more
     * @return this builder
     */
    public Builder sessionStartLimit(int total) {
      if (total < 0) {
        throw new IllegalArgumentException("the session start limit must not be negative");
      }
      this.sessionStartTotal = total;
      return this;
    }

    /**
     * Sets how many guilds one shard may hold before IDENTIFY is closed with 4011 (Sharding
     * required). Discord's is 2500.
     *
     * @param guilds the limit, at least 1
     * @return this builder
     */
    public Builder maxGuildsPerShard(int guilds) {
      if (guilds < 1) {
        throw new IllegalArgumentException("the guild limit must be positive");
      }
      this.maxGuildsPerShard = guilds;
      return this;
    }

    /**
     * Sets how many dispatches each session keeps for RESUME; a resume from further back is
     * answered with INVALID_SESSION {@code false}. 10,000 by default.
     *
     * @param dispatches the buffer size, at least 1
     * @return this builder
     */
    public Builder resumeBufferSize(int dispatches) {
      if (dispatches < 1) {
        throw new IllegalArgumentException("the resume buffer size must be positive");
      }
      this.resumeBufferSize = dispatches;
      return this;
    }

    /**
     * Sets how long the bot has for its first answer to an interaction the human started; later,
     * the callback is refused with 404 Unknown interaction (10062). Discord allows 3 seconds; the
     * default is 30 so that slow test machines do not fail.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder interactionResponseDeadline(Duration deadline) {
      Objects.requireNonNull(deadline, "deadline");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("the response deadline must be positive");
      }
      this.interactionResponseDeadline = deadline;
      return this;
    }

    /**
     * Sets what the bot's managed role grants in the default guild and in every guild built later
     * that does not choose otherwise ({@link GuildBuilder#botPermissions}). By default every
     * permission but ADMINISTRATOR ({@link Permission#botDefault()}).
     *
     * @param permissions the permission bits (see {@link Permission#of}); only bits Discord defines
     * @return this builder
     * @throws TestkitException of kind INVALID_ARGUMENT for unknown bits
     */
    public Builder botPermissions(long permissions) {
      this.botPermissions = Checks.permissions(permissions);
      return this;
    }

    GatewaySettings gatewaySettings(Duration closeTimeout) {
      return new GatewaySettings(
          heartbeatInterval,
          closeTimeout,
          Duration.ofSeconds(10),
          gatewaySendLimit,
          gatewaySendWindow,
          identifyInterval,
          maxConcurrency,
          sessionStartTotal,
          privilegedIntents,
          maxGuildsPerShard,
          resumeBufferSize);
    }

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
     * Sets the token the bot must present. By default each instance makes a fresh one shaped like
     * Discord's, with the bot's user id in Base64 as its first part.
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
