package dev.gloam.testkit;

import dev.gloam.testkit.internal.world.build.BuiltGuild;
import dev.gloam.testkit.internal.world.build.Checks;
import dev.gloam.testkit.internal.world.build.GuildSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Describes a new guild for {@link OfflineDiscord#newGuild(String)}: its channels, roles and
 * members, then {@link #create()} makes it in one step. The human owns it and the bot is a member
 * with its managed role, as if the owner had invited the bot.
 *
 * <pre>{@code
 * CreatedGuild guild =
 *     discord
 *         .newGuild("big guild")
 *         .category("Community")
 *         .textChannel("general", "Community")
 *         .voiceChannel("Lounge", "Community")
 *         .role("mods", Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)
 *         .member("alice", "mods")
 *         .members(100_000)
 *         .onlineMembers(20_000)
 *         .emojis(10)
 *         .botPermissions(Permission.of(Permission.SEND_MESSAGES, Permission.VIEW_CHANNEL))
 *         .create();
 * }</pre>
 *
 * <p>Roles are stacked in the order given, the first just above {@code @everyone}, and the bot's
 * managed role above them all, so the bot may manage every role made here. Channels get positions
 * in the order given; the first text channel becomes the guild's system channel. Names must be
 * unique within one builder, so that {@link CreatedGuild} can look them up (Discord itself allows
 * repeated names, and so do {@link OfflineDiscord#addChannel} and {@link OfflineDiscord#addRole}).
 * Members added with {@link #members(int)} are named {@code member1}, {@code member2}, ..., counted
 * over the whole instance.
 *
 * <p>Sessions that are connected when {@link #create()} runs are sent GUILD_CREATE, as when the bot
 * joins a guild, unless {@link #withoutEvents()} was called; sessions that identify later see the
 * guild in READY and GUILD_CREATE either way. A builder is not thread-safe; each {@link #create()}
 * makes another guild. Every method checks its input at once and throws a {@link TestkitException}
 * of kind INVALID_ARGUMENT that says what was wrong.
 */
public final class GuildBuilder {

  private static final int MAX_SHARDS = 1024;

  private final String name;
  private final Function<GuildSpec, BuiltGuild> maker;
  private final List<GuildSpec.ChannelSpec> channels = new ArrayList<>();
  private final List<GuildSpec.RoleSpec> roles = new ArrayList<>();
  private final List<GuildSpec.MemberSpec> namedMembers = new ArrayList<>();
  private int generatedMembers;
  private int emojis;
  private int onlineMembers;
  private Long botPermissions;
  private int shardId = -1;
  private int shardCount;
  private boolean announce = true;

  GuildBuilder(String name, Function<GuildSpec, BuiltGuild> maker) {
    this.name = Checks.name("a guild name", name, 2, 100);
    this.maker = maker;
  }

  /**
   * Adds a text channel.
   *
   * @param channelName 1 to 100 characters
   * @return this builder
   */
  public GuildBuilder textChannel(String channelName) {
    return channel(channelName, GuildChannelType.TEXT, null);
  }

  /**
   * Adds a text channel to a category of this builder.
   *
   * @param channelName 1 to 100 characters
   * @param category the name of a category added with {@link #category}, before or after
   * @return this builder
   */
  public GuildBuilder textChannel(String channelName, String category) {
    return channel(
        channelName, GuildChannelType.TEXT, Objects.requireNonNull(category, "category"));
  }

  /**
   * Adds a voice channel.
   *
   * @param channelName 1 to 100 characters
   * @return this builder
   */
  public GuildBuilder voiceChannel(String channelName) {
    return channel(channelName, GuildChannelType.VOICE, null);
  }

  /**
   * Adds a voice channel to a category of this builder.
   *
   * @param channelName 1 to 100 characters
   * @param category the name of a category added with {@link #category}, before or after
   * @return this builder
   */
  public GuildBuilder voiceChannel(String channelName, String category) {
    return channel(
        channelName, GuildChannelType.VOICE, Objects.requireNonNull(category, "category"));
  }

  /**
   * Adds a category, which channels name to sit in it.
   *
   * @param categoryName 1 to 100 characters
   * @return this builder
   */
  public GuildBuilder category(String categoryName) {
    return channel(categoryName, GuildChannelType.CATEGORY, null);
  }

  /**
   * Adds a channel of any type.
   *
   * @param channelName 1 to 100 characters
   * @param type the type
   * @return this builder
   */
  public GuildBuilder channel(String channelName, GuildChannelType type) {
    return channel(channelName, type, null);
  }

  /**
   * Adds a channel of any type, in a category of this builder.
   *
   * @param channelName 1 to 100 characters
   * @param type the type; not {@link GuildChannelType#CATEGORY} if {@code category} is set
   * @param category the name of a category added with {@link #category}, or null for none
   * @return this builder
   */
  public GuildBuilder channel(String channelName, GuildChannelType type, String category) {
    Checks.name("a channel name", channelName, 1, 100);
    Objects.requireNonNull(type, "type");
    if (channels.stream().anyMatch(channel -> channel.name().equals(channelName))) {
      throw Checks.invalid("this builder already has a channel named \"" + channelName + "\"");
    }
    if (category != null && type == GuildChannelType.CATEGORY) {
      throw Checks.invalid("a category cannot sit in another category");
    }
    channels.add(new GuildSpec.ChannelSpec(channelName, type.value(), category));
    return this;
  }

  /**
   * Adds a role above the roles added before it.
   *
   * @param roleName 1 to 100 characters
   * @param permissions the permission bits; only bits Discord defines (see {@link Permission})
   * @return this builder
   */
  public GuildBuilder role(String roleName, long permissions) {
    Checks.name("a role name", roleName, 1, 100);
    Checks.permissions(permissions);
    if (roles.stream().anyMatch(role -> role.name().equals(roleName))) {
      throw Checks.invalid("this builder already has a role named \"" + roleName + "\"");
    }
    roles.add(new GuildSpec.RoleSpec(roleName, permissions));
    return this;
  }

  /**
   * Adds a role above the roles added before it.
   *
   * @param roleName 1 to 100 characters
   * @param permissions what the role grants; none for a role that only names or colours members
   * @return this builder
   */
  public GuildBuilder role(String roleName, Permission... permissions) {
    return role(roleName, Permission.of(permissions));
  }

  /**
   * Adds a member with a chosen user name and roles of this builder.
   *
   * @param username 2 to 32 characters, unique within this builder
   * @param roleNames names of roles added with {@link #role}, before or after
   * @return this builder
   */
  public GuildBuilder member(String username, String... roleNames) {
    Checks.name("a user name", username, 2, 32);
    if (namedMembers.stream().anyMatch(member -> member.username().equals(username))) {
      throw Checks.invalid("this builder already has a member named \"" + username + "\"");
    }
    namedMembers.add(new GuildSpec.MemberSpec(username, List.of(roleNames)));
    return this;
  }

  /**
   * Sets how many members with generated names ({@code member1}, {@code member2}, ...) the guild
   * gets besides the owner, the bot and the named members. They are stored compactly, so 100,000
   * take a fraction of a second. Such a guild is large: GUILD_CREATE lists only the bot and the
   * members online or in voice, and REQUEST_GUILD_MEMBERS pages through the rest in chunks of 1000.
   *
   * @param count 0 to 500,000 (Discord's limit, owner and bot included)
   * @return this builder
   */
  public GuildBuilder members(int count) {
    this.generatedMembers = Checks.memberCount(count);
    return this;
  }

  /**
   * Puts some of the members this builder adds online, so that sessions see them as Discord shows
   * active users: each gets a presence with a status ({@code online}, {@code idle} or {@code dnd}),
   * one activity (Playing, Listening, Watching, a custom status or Competing) and a {@code
   * client_status} for one platform, varied from member to member. With the GUILD_PRESENCES intent
   * a session finds their presences in GUILD_CREATE's {@code presences}, and in GUILD_MEMBERS_CHUNK
   * when it asks with {@code presences: true}; in a guild larger than the session's {@code
   * large_threshold}, GUILD_CREATE lists only these members (with the bot and members in voice).
   *
   * <p>The named members ({@link #member}) go online first, then the generated ones ({@link
   * #members}), in the order they join; the owner stays offline and the bot's presence is its own
   * (UPDATE_PRESENCE). {@link CreatedGuild#onlineMemberIds()} tells which members are online. A
   * user's presence is the same in every guild it is in.
   *
   * @param count 0 up to the number of named and generated members, which {@link #create()} checks
   * @return this builder
   */
  public GuildBuilder onlineMembers(int count) {
    if (count < 0) {
      throw Checks.invalid("an online member count is 0 or more, was " + count);
    }
    this.onlineMembers = count;
    return this;
  }

  /**
   * Gives the guild custom emojis, named {@code emoji_1}, {@code emoji_2}, ..., static, usable by
   * everyone and uploaded by the owner, stored as Create Guild Emoji stores them: GUILD_CREATE's
   * {@code emojis}, List Guild Emojis and the other emoji routes see them, and they take emoji
   * slots like any other.
   *
   * @param count 0 to 50: a new guild has no boosts, so it has Discord's 50 static emoji slots
   * @return this builder
   */
  public GuildBuilder emojis(int count) {
    this.emojis = Checks.emojiCount(count);
    return this;
  }

  /**
   * Sets what the bot's managed role grants in this guild; by default what {@link
   * OfflineDiscord.Builder#botPermissions(long)} set, or {@link Permission#botDefault()}.
   *
   * @param permissions the permission bits; only bits Discord defines
   * @return this builder
   */
  public GuildBuilder botPermissions(long permissions) {
    this.botPermissions = Checks.permissions(permissions);
    return this;
  }

  /**
   * Chooses the guild's id so that it belongs to a shard: {@code (guild_id >> 22) % shardCount ==
   * shardId}, as Discord routes guilds to shards.
   *
   * @param shardId the shard, 0 to {@code shardCount - 1}
   * @param shardCount the number of shards, 1 to 1024
   * @return this builder
   */
  public GuildBuilder onShard(int shardId, int shardCount) {
    if (shardCount < 1 || shardCount > MAX_SHARDS || shardId < 0 || shardId >= shardCount) {
      throw Checks.invalid(
          "a shard is [id, count] with 0 <= id < count <= "
              + MAX_SHARDS
              + ", not ["
              + shardId
              + ", "
              + shardCount
              + "]");
    }
    this.shardId = shardId;
    this.shardCount = shardCount;
    return this;
  }

  /**
   * Makes the guild without sending GUILD_CREATE to the sessions connected now, for seeding a world
   * before the bot connects (sessions that identify later see the guild anyway).
   *
   * @return this builder
   */
  public GuildBuilder withoutEvents() {
    this.announce = false;
    return this;
  }

  /**
   * Makes the guild, and sends GUILD_CREATE to the connected sessions of its shard that have the
   * GUILDS intent unless {@link #withoutEvents()} was called.
   *
   * @return the ids of what was made
   * @throws TestkitException of kind INVALID_ARGUMENT if a channel names a category or a member a
   *     role that this builder does not make, or more members are to be online than the builder
   *     adds; or CLOSED after {@link OfflineDiscord#close()}
   */
  public CreatedGuild create() {
    int added = namedMembers.size() + generatedMembers;
    if (onlineMembers > added) {
      throw Checks.invalid(
          "onlineMembers("
              + onlineMembers
              + ") is more than the "
              + added
              + " members this builder adds (named and generated)");
    }
    return new CreatedGuild(
        maker.apply(
            new GuildSpec(
                name,
                channels,
                roles,
                namedMembers,
                generatedMembers,
                emojis,
                onlineMembers,
                botPermissions,
                shardId,
                shardCount,
                announce)));
  }

  /**
   * Describes what the guild will contain.
   *
   * @return the name and counts
   */
  @Override
  public String toString() {
    return "GuildBuilder[name="
        + name
        + ", channels="
        + channels.size()
        + ", roles="
        + roles.size()
        + ", members="
        + (namedMembers.size() + generatedMembers)
        + ", online="
        + onlineMembers
        + ", emojis="
        + emojis
        + "]";
  }
}
