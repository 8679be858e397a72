package dev.gloam.testkit;

import dev.gloam.testkit.internal.world.build.BuiltGuild;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link GuildBuilder#create()} made: the new guild's id and the ids of its channels, roles
 * and members, looked up by the names the builder was given. Immutable; it describes the guild as
 * it was created and does not follow later changes.
 *
 * <pre>{@code
 * CreatedGuild guild = discord.newGuild("support").textChannel("tickets").role("staff").create();
 * discord.humanSays(guild.channelId("tickets"), "help!");
 * }</pre>
 */
public final class CreatedGuild {

  private final long id;
  private final String name;
  private final long ownerId;
  private final long botRoleId;
  private final Map<String, Long> channelIds;
  private final Map<String, Long> roleIds;
  private final Map<String, Long> namedMemberIds;
  private final long[] memberIds;
  private final long[] emojiIds;
  private final long[] onlineMemberIds;

  CreatedGuild(BuiltGuild built) {
    this.id = built.id();
    this.name = built.name();
    this.ownerId = built.ownerId();
    this.botRoleId = built.botRoleId();
    this.channelIds = Collections.unmodifiableMap(new LinkedHashMap<>(built.channelIds()));
    this.roleIds = Collections.unmodifiableMap(new LinkedHashMap<>(built.roleIds()));
    this.namedMemberIds = Collections.unmodifiableMap(new LinkedHashMap<>(built.namedMemberIds()));
    this.memberIds = built.memberIds();
    this.emojiIds = built.emojiIds();
    this.onlineMemberIds = built.onlineMemberIds();
  }

  /**
   * Returns the guild's id.
   *
   * @return the snowflake
   */
  public long id() {
    return id;
  }

  /**
   * Returns the guild's name.
   *
   * @return the name given to {@link OfflineDiscord#newGuild}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the owner, who is the human user ({@link OfflineDiscord#humanUserId()}).
   *
   * @return the owner's user id
   */
  public long ownerId() {
    return ownerId;
  }

  /**
   * Returns the id of the {@code @everyone} role, which is the guild's id.
   *
   * @return the snowflake
   */
  public long everyoneRoleId() {
    return id;
  }

  /**
   * Returns the id of the role Discord gives the bot when it joins (its managed role).
   *
   * @return the snowflake
   */
  public long botRoleId() {
    return botRoleId;
  }

  /**
   * Finds a channel the builder made.
   *
   * @param channelName the name given to the builder
   * @return the channel's id
   * @throws TestkitException of kind INVALID_ARGUMENT if the builder made no such channel
   */
  public long channelId(String channelName) {
    return find(channelIds, channelName, "channel");
  }

  /**
   * Returns every channel the builder made.
   *
   * @return an immutable map from name to id, in the order they were given
   */
  public Map<String, Long> channelIds() {
    return channelIds;
  }

  /**
   * Finds a role the builder made.
   *
   * @param roleName the name given to the builder
   * @return the role's id
   * @throws TestkitException of kind INVALID_ARGUMENT if the builder made no such role
   */
  public long roleId(String roleName) {
    return find(roleIds, roleName, "role");
  }

  /**
   * Returns every role the builder made, besides {@code @everyone} and the bot's.
   *
   * @return an immutable map from name to id, lowest role first
   */
  public Map<String, Long> roleIds() {
    return roleIds;
  }

  /**
   * Finds a member the builder added by name with {@link GuildBuilder#member}.
   *
   * @param username the user name given to the builder
   * @return the member's user id
   * @throws TestkitException of kind INVALID_ARGUMENT if the builder added no such member
   */
  public long memberId(String username) {
    return find(namedMemberIds, username, "member");
  }

  /** The named members by user name, for the HTTP controls. */
  Map<String, Long> namedMemberIds() {
    return namedMemberIds;
  }

  /**
   * Returns the user ids of every member, in the order they joined: the owner, the bot, the named
   * members, then the generated ones.
   *
   * @return a new array on each call
   */
  public long[] memberIds() {
    return memberIds.clone();
  }

  /**
   * Counts the members the guild was created with, the owner and the bot included.
   *
   * @return the count
   */
  public int memberCount() {
    return memberIds.length;
  }

  /**
   * Returns the ids of the custom emojis made with {@link GuildBuilder#emojis}, named {@code
   * emoji_1}, {@code emoji_2}, ... in that order.
   *
   * @return a new array on each call; empty if the builder made none
   */
  public long[] emojiIds() {
    return emojiIds.clone();
  }

  /**
   * Returns the user ids of the members that {@link GuildBuilder#onlineMembers} put online, in the
   * order they joined.
   *
   * @return a new array on each call; empty if every member but the bot is offline
   */
  public long[] onlineMemberIds() {
    return onlineMemberIds.clone();
  }

  private long find(Map<String, Long> ids, String key, String what) {
    Long found = ids.get(key);
    if (found == null) {
      throw new TestkitException(
          TestkitException.Kind.INVALID_ARGUMENT,
          "guild " + name + " was not made with a " + what + " named \"" + key + "\"");
    }
    return found;
  }

  /**
   * Describes the guild.
   *
   * @return its id, name and what it was made with
   */
  @Override
  public String toString() {
    return "CreatedGuild[id="
        + Long.toUnsignedString(id)
        + ", name="
        + name
        + ", channels="
        + channelIds
        + ", roles="
        + roleIds
        + ", members="
        + memberIds.length
        + ", online="
        + onlineMemberIds.length
        + ", emojis="
        + emojiIds.length
        + "]";
  }
}
