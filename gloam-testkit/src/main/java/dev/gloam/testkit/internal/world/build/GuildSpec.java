package dev.gloam.testkit.internal.world.build;

import java.util.List;

/**
 * What a test asked a new guild to contain, checked by the public builder and made by {@link
 * GuildFactory}.
 *
 * @param name the guild's name
 * @param channels the channels, in the order they were asked for
 * @param roles the roles, lowest first
 * @param namedMembers members with chosen user names
 * @param generatedMembers how many members with generated names to add
 * @param emojis how many custom emojis to add
 * @param onlineMembers how many of the named and generated members are online, named ones first
 * @param botPermissions what the bot's managed role grants, or null for the world's default
 * @param shardId the shard the guild must land on, or -1 for any
 * @param shardCount the number of shards {@code shardId} counts in, or 0
 * @param announce whether sessions already connected are sent GUILD_CREATE
 */
public record GuildSpec(
    String name,
    List<ChannelSpec> channels,
    List<RoleSpec> roles,
    List<MemberSpec> namedMembers,
    int generatedMembers,
    int emojis,
    int onlineMembers,
    Long botPermissions,
    int shardId,
    int shardCount,
    boolean announce) {

  /**
   * Copies the lists.
   *
   * @param name the name
   * @param channels the channels
   * @param roles the roles
   * @param namedMembers the named members
   * @param generatedMembers the generated member count
   * @param emojis the emoji count
   * @param onlineMembers the online member count
   * @param botPermissions the bot's permissions or null
   * @param shardId the shard or -1
   * @param shardCount the shard count or 0
   * @param announce whether to send GUILD_CREATE
   */
  public GuildSpec {
    channels = List.copyOf(channels);
    roles = List.copyOf(roles);
    namedMembers = List.copyOf(namedMembers);
  }

  /**
   * A channel of a new guild.
   *
   * @param name the channel's name, unique within the spec
   * @param type Discord's channel type number
   * @param category the name of the category it sits in, or null
   */
  public record ChannelSpec(String name, int type, String category) {}

  /**
   * A role of a new guild.
   *
   * @param name the role's name, unique within the spec
   * @param permissions the permission bits
   */
  public record RoleSpec(String name, long permissions) {}

  /**
   * A member with a chosen name.
   *
   * @param username the user name
   * @param roleNames the names of roles of the same spec the member has
   */
  public record MemberSpec(String username, List<String> roleNames) {

    /**
     * Copies the list.
     *
     * @param username the user name
     * @param roleNames the role names
     */
    public MemberSpec {
      roleNames = List.copyOf(roleNames);
    }
  }
}
