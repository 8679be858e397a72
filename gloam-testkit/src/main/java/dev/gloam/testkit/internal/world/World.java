package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.world.interaction.Integrations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The state of the offline Discord: users, the guilds the bot is in and everything in them, and the
 * messages sent so far. A new world has one guild owned by a human, with a text channel named
 * {@code general}, the bot as a member with its managed role, and the human.
 *
 * <p>Every change that routes or controls make happens under {@link #lock()}, and its gateway
 * events are sent before the lock is released, so sessions see changes in the order they happened.
 */
public final class World {

  /**
   * The application's flags: a bot that has not been verified yet and has switched on all three
   * privileged intents, as a developer's test bot usually has.
   */
  public static final int APPLICATION_FLAGS = (1 << 13) | (1 << 15) | (1 << 19);

  private static final Logger LOG = LoggerFactory.getLogger(World.class);
  private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d{1,20})>");

  private final Clock clock;
  private final SnowflakeGenerator ids;
  private final long applicationId;
  private final User bot;
  private final User human;
  private final long botPermissions;
  private final Map<Long, User> users = new ConcurrentHashMap<>();
  private final Map<Long, Presence> presences = new ConcurrentHashMap<>();
  private final Map<Long, Guild> guilds = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Guild firstGuild;
  private final long firstChannelId;
  private final Documents<Long> globalCommands = new Documents<>();
  private final Documents<Long> applicationEmojis = new Documents<>();
  private final MessageStore messages = new MessageStore();
  private final Integrations integrations = new Integrations();
  private final AttachmentFiles attachmentFiles = new AttachmentFiles();
  private final List<Consumer<StoredMessage>> messageListeners = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private volatile WorldEvents events = WorldEvents.NONE;

  /**
   * Creates the world with fresh snowflakes and the bot's default permissions.
   *
   * @param clock where time comes from
   * @param ids where snowflakes come from
   */
  public World(Clock clock, SnowflakeGenerator ids) {
    this(clock, ids, Permissions.BOT_DEFAULT);
  }

  /**
   * Creates the world with fresh snowflakes.
   *
   * @param clock where time comes from
   * @param ids where snowflakes come from
   * @param botPermissions what the bot's managed role grants in every guild
   */
  public World(Clock clock, SnowflakeGenerator ids, long botPermissions) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.botPermissions = botPermissions;
    // Created in the order they would exist on Discord, so the snowflakes tell the same story.
    this.human = putUser(new User(ids.next(), "human", "Human", false));
    this.applicationId = ids.next();
    this.bot = putUser(new User(ids.next(), "gloam-bot", null, true));
    long guildId = ids.next();
    this.firstGuild = newGuild(guildId, "gloam test guild", human.id());
    this.firstChannelId = ids.next();
    ObjectNode general =
        Channels.newChannel(firstChannelId, guildId, Channels.GUILD_TEXT, "general", 0);
    firstGuild.channels().put(firstChannelId, general);
    ObjectNode settings = firstGuild.settings();
    settings.put("system_channel_id", Json.id(firstChannelId));
    firstGuild.settings(settings);
    guilds.put(guildId, firstGuild);
  }

  /**
   * Returns the lock every change to the world happens under. Routes hold it from the first read
   * they decide on to the last event they dispatch.
   *
   * @return the lock; reentrant
   */
  public ReentrantLock lock() {
    return lock;
  }

  /**
   * Runs a change under the world's lock.
   *
   * @param <T> what the change returns
   * @param change the change
   * @return what the change returned
   */
  public <T> T change(Supplier<T> change) {
    lock.lock();
    try {
      return change.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Connects the world to the gateway.
   *
   * @param sink where events go from now on
   */
  public void events(WorldEvents sink) {
    this.events = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Sends a guild event with the same body to every session that gets it.
   *
   * @param guildId the guild
   * @param type the event name
   * @param body the body; each session gets a copy
   */
  public void dispatch(long guildId, String type, ObjectNode body) {
    ObjectNode frozen = body.deepCopy();
    events.guildEvent(guildId, type, intents -> frozen.deepCopy());
  }

  /**
   * Sends a guild event whose body depends on the receiving session's intents.
   *
   * @param guildId the guild
   * @param type the event name
   * @param body builds the body from a session's intents; may return null to skip it
   */
  public void dispatch(long guildId, String type, LongFunction<ObjectNode> body) {
    events.guildEvent(guildId, type, body);
  }

  /**
   * Sends an event that belongs to no guild to shard 0.
   *
   * @param type the event name
   * @param body the body; each session gets a copy
   */
  public void dispatchUserEvent(String type, ObjectNode body) {
    events.userEvent(type, body);
  }

  /**
   * Makes a fresh snowflake for a new resource.
   *
   * @return an id newer than every earlier one
   */
  public long nextId() {
    return ids.next();
  }

  /**
   * Returns the bot's application id.
   *
   * @return the snowflake
   */
  public long applicationId() {
    return applicationId;
  }

  /**
   * Returns the bot user.
   *
   * @return the bot
   */
  public User bot() {
    return bot;
  }

  /**
   * Returns the human user.
   *
   * @return the human
   */
  public User human() {
    return human;
  }

  /**
   * Returns the first guild, the one a new world starts with.
   *
   * @return the guild
   */
  public Guild guild() {
    return firstGuild;
  }

  /**
   * Returns the first guild's {@code general} channel.
   *
   * @return the channel
   */
  public GuildChannel channel() {
    return channel(firstChannelId).orElseThrow();
  }

  /**
   * Finds a channel or thread of any guild by id.
   *
   * @param channelId the id
   * @return the channel and its guild, if it exists
   */
  public Optional<GuildChannel> channel(long channelId) {
    for (Guild guild : guilds()) {
      Optional<ObjectNode> channel = guild.channels().get(channelId);
      if (channel.isPresent()) {
        return Optional.of(new GuildChannel(guild, channel.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a user by id.
   *
   * @param userId the id
   * @return the user, if it exists
   */
  public Optional<User> user(long userId) {
    return Optional.ofNullable(users.get(userId));
  }

  /**
   * Adds a user (or replaces one with the same id).
   *
   * @param user the user
   * @return the user
   */
  public User putUser(User user) {
    users.put(user.id(), user);
    return user;
  }

  /**
   * Finds what another user shows while online. The bot's own presence is the gateway's business
   * (UPDATE_PRESENCE); every other user without one here is offline.
   *
   * @param userId the user
   * @return the presence, if the user is online
   */
  public Optional<Presence> presence(long userId) {
    return Optional.ofNullable(presences.get(userId));
  }

  /**
   * Puts a user online with a presence, or changes the one it shows. No event is sent.
   *
   * @param userId the user; not the bot
   * @param presence what the user shows
   */
  public void putPresence(long userId, Presence presence) {
    if (userId == bot.id()) {
      throw new IllegalArgumentException("the bot's presence is set over the gateway");
    }
    presences.put(userId, Objects.requireNonNull(presence, "presence"));
  }

  /**
   * Finds a member of the first guild by user id.
   *
   * @param userId the user
   * @return the membership, if the user is in the guild
   */
  public Optional<Member> member(long userId) {
    return firstGuild.member(userId);
  }

  /**
   * Returns the members of the first guild, the owner first.
   *
   * @return an immutable list
   */
  public List<Member> members() {
    return firstGuild.members();
  }

  /**
   * Returns every guild the bot is in, the first guild first.
   *
   * @return an immutable list
   */
  public List<Guild> guilds() {
    synchronized (guilds) {
      return List.copyOf(guilds.values());
    }
  }

  /**
   * Finds a guild of the bot by id.
   *
   * @param guildId the id
   * @return the guild, if the bot is in it
   */
  public Optional<Guild> guild(long guildId) {
    return Optional.ofNullable(guilds.get(guildId));
  }

  /**
   * Returns the members of a guild.
   *
   * @param guildId the guild
   * @return an immutable list, empty for an unknown guild
   */
  public List<Member> members(long guildId) {
    return guild(guildId).map(Guild::members).orElse(List.of());
  }

  /**
   * Adds a guild with a chosen id (so that tests can place it on a shard), owned by the human, with
   * the bot and the human as members and no channels. No event is sent: sessions that identify
   * later see it.
   *
   * @param guildId the new guild's snowflake
   * @param name the guild's name
   * @return the guild
   * @throws IllegalArgumentException if a guild with that id exists
   */
  public Guild addGuild(long guildId, String name) {
    return change(
        () -> {
          if (guilds.containsKey(guildId)) {
            throw new IllegalArgumentException("guild " + guildId + " exists");
          }
          Guild added = newGuild(guildId, name, human.id());
          guilds.put(guildId, added);
          return added;
        });
  }

  private Guild newGuild(long guildId, String name, long ownerId) {
    Guild guild = new Guild(guildId, name, ownerId, ids.next(), bot.id(), botPermissions);
    Instant created = SnowflakeGenerator.timestampOf(guildId);
    guild.putMember(new Member(users.get(ownerId), created));
    if (ownerId != bot.id()) {
      Instant joined = clock.instant().isBefore(created) ? created : clock.instant();
      guild.putMember(new Member(bot, joined).withRoles(List.of(guild.botRoleId())));
    }
    guild.integrations().put(applicationId, botIntegration(ownerId));
    return guild;
  }

  // The integration Discord makes when a bot is added to a guild (resources/guild.mdx,
  // "Integration Object"); its id is the application's, as Discord's bot integrations show.
  private ObjectNode botIntegration(long addedBy) {
    ObjectNode integration = Json.object();
    integration.put("id", Json.id(applicationId));
    integration.put("name", bot.username());
    integration.put("type", "discord");
    integration.put("enabled", true);
    ObjectNode account = integration.putObject("account");
    account.put("id", Json.id(applicationId));
    account.put("name", bot.username());
    integration.putArray("scopes").add("bot").add("applications.commands");
    ObjectNode application = integration.putObject("application");
    application.put("id", Json.id(applicationId));
    application.put("name", bot.username());
    application.putNull("icon");
    application.put("description", "");
    application.putNull("type");
    application.set("bot", bot.toJson());
    User adder = users.get(addedBy);
    if (adder != null) {
      integration.set("user", adder.toJson());
    }
    return integration;
  }

  /**
   * Removes a guild (the bot left it, or it was deleted).
   *
   * @param guildId the guild
   * @return the removed guild, if the bot was in it
   */
  public Optional<Guild> removeGuild(long guildId) {
    return change(() -> Optional.ofNullable(guilds.remove(guildId)));
  }

  /**
   * Adds a human user to the first guild, for tests that need many members.
   *
   * @param username the unique user name
   * @return the new member
   */
  public Member addMember(String username) {
    return addMember(firstGuild.id(), username);
  }

  /**
   * Creates a human user and adds it to a guild. No event is sent; callers that need
   * GUILD_MEMBER_ADD dispatch it.
   *
   * @param guildId the guild
   * @param username the unique user name
   * @return the new member
   * @throws IllegalArgumentException for an unknown guild
   */
  public Member addMember(long guildId, String username) {
    return change(
        () -> {
          Guild guild =
              guild(guildId)
                  .orElseThrow(() -> new IllegalArgumentException("unknown guild " + guildId));
          User user = putUser(new User(ids.next(), username, null, false));
          Member member = new Member(user, clock.instant());
          guild.putMember(member);
          return member;
        });
  }

  /**
   * Returns the application's global commands.
   *
   * @return the collection
   */
  public Documents<Long> globalCommands() {
    return globalCommands;
  }

  /**
   * Returns the application's own emojis (resources/emoji.mdx, "Application-Owned Emoji").
   *
   * @return the collection
   */
  public Documents<Long> applicationEmojis() {
    return applicationEmojis;
  }

  /**
   * Adds an entry to a guild's audit log and sends GUILD_AUDIT_LOG_ENTRY_CREATE (resources/
   * audit-log.mdx, "Audit Log Entry Object"). Call it under {@link #lock()}, after the change.
   *
   * @param guild the guild
   * @param actionType the audit log event number, for example 30 for ROLE_CREATE
   * @param userId who made the change
   * @param targetId what was changed, or null
   * @param changes the changes ({@code key}, {@code old_value}, {@code new_value}), or null
   * @param options the optional entry info, or null
   * @param reason the {@code X-Audit-Log-Reason}, or null
   * @return the entry
   */
  public ObjectNode audit(
      Guild guild,
      int actionType,
      long userId,
      Long targetId,
      ArrayNode changes,
      ObjectNode options,
      String reason) {
    long entryId = ids.next();
    ObjectNode entry = Json.object();
    entry.put("id", Json.id(entryId));
    entry.put("user_id", Json.id(userId));
    entry.put("target_id", targetId == null ? null : Json.id(targetId));
    entry.put("action_type", actionType);
    if (changes != null && !changes.isEmpty()) {
      entry.set("changes", changes);
    }
    if (options != null) {
      entry.set("options", options);
    }
    if (reason != null) {
      entry.put("reason", reason);
    }
    guild.auditLog().put(entryId, entry);
    ObjectNode event = entry.deepCopy();
    event.put("guild_id", Json.id(guild.id()));
    // Discord sends the entry only to bots allowed to read the audit log.
    events.guildEvent(
        guild.id(),
        "GUILD_AUDIT_LOG_ENTRY_CREATE",
        intents ->
            (PermissionCalculator.inGuild(guild, bot.id(), now()) & Permissions.VIEW_AUDIT_LOG) == 0
                ? null
                : event.deepCopy());
    return entry;
  }

  /**
   * Returns the state of interactions, webhook secrets and the messages webhooks and interaction
   * responses sent.
   *
   * @return the state
   */
  public Integrations integrations() {
    return integrations;
  }

  /**
   * Returns the message store.
   *
   * @return the store
   */
  public MessageStore messages() {
    return messages;
  }

  /**
   * Returns the files uploaded with messages.
   *
   * @return the store
   */
  public AttachmentFiles attachmentFiles() {
    return attachmentFiles;
  }

  /**
   * Calls a listener for every message stored from now on.
   *
   * @param listener called on the thread that stores the message
   */
  public void onMessageCreated(Consumer<StoredMessage> listener) {
    messageListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Stores a message and tells the listeners (which queue it on the gateway). Listeners must not
   * block: they run while other changes wait.
   *
   * @param draft the validated message; its channel, author and replied-to message must exist
   * @return the stored message
   * @throws IllegalArgumentException if the channel, author or replied-to message is unknown
   */
  public StoredMessage createMessage(MessageDraft draft) {
    // One change at a time from id to dispatch, so every session sees messages in id order.
    return change(() -> createMessageInOrder(draft));
  }

  private StoredMessage createMessageInOrder(MessageDraft draft) {
    GuildChannel target =
        channel(draft.channelId())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown channel " + draft.channelId()));
    User author =
        user(draft.authorId())
            .orElseThrow(() -> new IllegalArgumentException("unknown user " + draft.authorId()));
    StoredMessage replyTo = null;
    if (draft.replyToMessageId() != null) {
      replyTo =
          messages
              .find(target.id(), draft.replyToMessageId())
              .orElseThrow(() -> new IllegalArgumentException("unknown message to reply to"));
    }
    long id = ids.next();
    StoredMessage message =
        new StoredMessage(
            id,
            target.id(),
            target.guild().id(),
            author,
            draft.content(),
            SnowflakeGenerator.timestampOf(id),
            draft.tts(),
            mentionsEveryone(target, author, draft.content()),
            mentionedUsers(draft.content(), replyTo),
            draft.embeds(),
            draft.components(),
            draft.nonce(),
            replyTo,
            draft.extras());
    messages.add(message);
    ObjectNode channel = target.channel();
    channel.put("last_message_id", Json.id(id));
    target.guild().channels().put(target.id(), channel);
    for (Consumer<StoredMessage> listener : messageListeners) {
      try {
        listener.accept(message);
      } catch (RuntimeException e) {
        LOG.warn("message listener failed for message {}", id, e);
      }
    }
    return message;
  }

  /**
   * Returns the current time of this world.
   *
   * @return now
   */
  public Instant now() {
    return clock.instant();
  }

  private boolean mentionsEveryone(GuildChannel channel, User author, String content) {
    return (content.contains("@everyone") || content.contains("@here"))
        && (PermissionCalculator.inChannel(channel.guild(), channel.channel(), author.id(), now())
                & Permissions.MENTION_EVERYONE)
            != 0;
  }

  private List<User> mentionedUsers(String content, StoredMessage replyTo) {
    List<User> mentioned = new ArrayList<>();
    Matcher matcher = USER_MENTION.matcher(content);
    while (matcher.find()) {
      try {
        user(Long.parseUnsignedLong(matcher.group(1)))
            .filter(user -> !mentioned.contains(user))
            .ifPresent(mentioned::add);
      } catch (NumberFormatException e) {
        // Not a snowflake, so not a mention; Discord renders it as text.
      }
    }
    // A reply pings the replied-to author by default, which puts them among the mentions.
    if (replyTo != null && !mentioned.contains(replyTo.author())) {
      mentioned.add(replyTo.author());
    }
    return mentioned;
  }
}
