package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the offline Discord: one guild with one text channel, a bot and a human, and the
 * messages sent so far. Safe to use from REST and gateway threads at once.
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
  private final Guild guild;
  private final TextChannel channel;
  private final Map<Long, Member> members = Collections.synchronizedMap(new LinkedHashMap<>());
  // Guilds beyond the first, for sharding tests; the bot and the human are their only members.
  private final List<Guild> extraGuilds = new CopyOnWriteArrayList<>();
  private final MessageStore messages = new MessageStore();
  private final List<Consumer<StoredMessage>> messageListeners = new CopyOnWriteArrayList<>();
  private final ReentrantLock creationLock = new ReentrantLock();

  /**
   * Creates the world with fresh snowflakes.
   *
   * @param clock where time comes from
   * @param ids where snowflakes come from
   */
  public World(Clock clock, SnowflakeGenerator ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    // Created in the order they would exist on Discord, so the snowflakes tell the same story.
    this.human = new User(ids.next(), "human", "Human", false);
    this.applicationId = ids.next();
    this.bot = new User(ids.next(), "gloam-bot", null, true);
    long guildId = ids.next();
    long channelId = ids.next();
    this.guild = new Guild(guildId, "gloam test guild", human.id(), channelId);
    this.channel = new TextChannel(channelId, guildId, "general", 0);
    Instant now = clock.instant();
    members.put(human.id(), new Member(human, SnowflakeGenerator.timestampOf(guildId)));
    members.put(bot.id(), new Member(bot, now));
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
   * Returns the guild.
   *
   * @return the guild
   */
  public Guild guild() {
    return guild;
  }

  /**
   * Returns the text channel.
   *
   * @return the channel
   */
  public TextChannel channel() {
    return channel;
  }

  /**
   * Finds a channel by id.
   *
   * @param channelId the id
   * @return the channel, if it exists
   */
  public Optional<TextChannel> channel(long channelId) {
    return channel.id() == channelId ? Optional.of(channel) : Optional.empty();
  }

  /**
   * Finds a user by id.
   *
   * @param userId the id
   * @return the user, if it exists
   */
  public Optional<User> user(long userId) {
    return Optional.ofNullable(members.get(userId)).map(Member::user);
  }

  /**
   * Finds a guild member by user id.
   *
   * @param userId the user
   * @return the membership, if the user is in the guild
   */
  public Optional<Member> member(long userId) {
    return Optional.ofNullable(members.get(userId));
  }

  /**
   * Returns all guild members, the owner first.
   *
   * @return an immutable list
   */
  public List<Member> members() {
    synchronized (members) {
      return List.copyOf(members.values());
    }
  }

  /**
   * Returns every guild the bot is in, the first guild first.
   *
   * @return an immutable list
   */
  public List<Guild> guilds() {
    List<Guild> all = new ArrayList<>();
    all.add(guild);
    all.addAll(extraGuilds);
    return List.copyOf(all);
  }

  /**
   * Finds a guild of the bot by id.
   *
   * @param guildId the id
   * @return the guild, if the bot is in it
   */
  public Optional<Guild> guild(long guildId) {
    return guilds().stream().filter(g -> g.id() == guildId).findFirst();
  }

  /**
   * Returns the members of a guild.
   *
   * @param guildId the guild
   * @return an immutable list, empty for an unknown guild
   */
  public List<Member> members(long guildId) {
    if (guildId == guild.id()) {
      return members();
    }
    if (guild(guildId).isEmpty()) {
      return List.of();
    }
    return List.of(members.get(human.id()), members.get(bot.id()));
  }

  /**
   * Adds a guild with a chosen id (so that tests can place it on a shard), owned by the human, with
   * the bot and the human as members and no channels. Internal and minimal on purpose: a general
   * way to build worlds replaces it.
   *
   * @param guildId the new guild's snowflake
   * @param name the guild's name
   * @return the guild
   * @throws IllegalArgumentException if a guild with that id exists
   */
  public Guild addGuild(long guildId, String name) {
    if (guild(guildId).isPresent()) {
      throw new IllegalArgumentException("guild " + guildId + " exists");
    }
    Guild added = new Guild(guildId, name, human.id(), 0);
    extraGuilds.add(added);
    return added;
  }

  /**
   * Adds a human user to the first guild, for tests that need many members.
   *
   * @param username the unique user name
   * @return the new member
   */
  public Member addMember(String username) {
    creationLock.lock();
    try {
      User user = new User(ids.next(), username, null, false);
      Member member = new Member(user, clock.instant());
      members.put(user.id(), member);
      return member;
    } finally {
      creationLock.unlock();
    }
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
   * Calls a listener for every message stored from now on.
   *
   * @param listener called on the thread that stores the message
   */
  public void onMessageCreated(Consumer<StoredMessage> listener) {
    messageListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Stores a message and tells the listeners (which queue it on the gateway). Listeners must not
   * block: they run while other messages wait.
   *
   * @param draft the validated message; its channel, author and replied-to message must exist
   * @return the stored message
   * @throws IllegalArgumentException if the channel, author or replied-to message is unknown
   */
  public StoredMessage createMessage(MessageDraft draft) {
    // One message at a time from id to dispatch, so every session sees messages in id order.
    creationLock.lock();
    try {
      return createMessageInOrder(draft);
    } finally {
      creationLock.unlock();
    }
  }

  private StoredMessage createMessageInOrder(MessageDraft draft) {
    TextChannel target =
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
            target.guildId(),
            author,
            draft.content(),
            SnowflakeGenerator.timestampOf(id),
            draft.tts(),
            mentionsEveryone(author, draft.content()),
            mentionedUsers(draft.content(), replyTo),
            draft.embeds(),
            draft.components(),
            draft.nonce(),
            replyTo);
    messages.add(message);
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

  private boolean mentionsEveryone(User author, String content) {
    // Only the owner may ping everyone: the @everyone role lacks MENTION_EVERYONE.
    return author.id() == guild.ownerId()
        && (content.contains("@everyone") || content.contains("@here"));
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
