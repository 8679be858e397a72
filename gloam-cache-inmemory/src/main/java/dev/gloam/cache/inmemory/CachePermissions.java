package dev.gloam.cache.inmemory;

import dev.gloam.cache.inmemory.CacheException.Kind;
import dev.gloam.cache.inmemory.form.CachedChannel;
import dev.gloam.cache.inmemory.form.CachedGuild;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.cache.inmemory.form.CachedRole;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.util.permission.PermissionCalculator;
import java.time.Instant;

/**
 * Permission questions answered from the cache, through gloam-util's {@link PermissionCalculator}
 * (Discord: topics/permissions). Needs the guild, its roles, the member and, for a channel, the
 * channel (and a thread's parent) cached: {@link ResourceType#GUILD}, {@link ResourceType#ROLE},
 * {@link ResourceType#MEMBER}, {@link ResourceType#CHANNEL}.
 *
 * <p>A role id a member still lists but the guild no longer has (Discord does not update members
 * when a role is deleted) grants nothing. Membership of a private thread is not checked.
 *
 * <pre>{@code
 * Permissions mine = cache.permissions().inChannel(botId, channelId);
 * if (mine.contains(Permissions.SEND_MESSAGES)) { ... }
 * }</pre>
 */
public final class CachePermissions {
  private final Stores stores;

  CachePermissions(Stores stores) {
    this.stores = stores;
  }

  /**
   * Returns a member's guild-level permissions: @everyone's and their roles', everything for the
   * owner and administrators, and only viewing channels and reading history while timed out.
   *
   * @param userId the member
   * @param guildId the guild
   * @return the permissions
   * @throws CacheException if the guild, its @everyone role or the member is not cached
   */
  public Permissions root(Id<UserMarker> userId, Id<GuildMarker> guildId) {
    return calculator(userId, stores.guilds.get(guildId.value()), guildId.value()).root();
  }

  /**
   * Returns a member's permissions in a guild channel or thread; a thread is judged by its parent
   * channel's overwrites, and may send messages exactly when the member may send messages in
   * threads.
   *
   * @param userId the member
   * @param channelId the channel or thread
   * @return the permissions
   * @throws CacheException if the channel (or a thread's parent), its guild, the guild's @everyone
   *     role or the member is not cached
   */
  public Permissions inChannel(Id<UserMarker> userId, Id<ChannelMarker> channelId) {
    CachedChannel channel = stores.channels.get(channelId.value());
    if (channel == null || channel.guildId() == 0) {
      throw new CacheException(
          Kind.CHANNEL_MISSING, "guild channel " + channelId.value() + " is not cached");
    }
    PermissionCalculator calculator =
        calculator(userId, stores.guilds.get(channel.guildId()), channel.guildId());
    if (!channel.type().isThread()) {
      return calculator.inChannel(channel.type(), channel.permissionOverwrites());
    }
    CachedChannel parent = stores.channels.get(channel.parentId());
    if (parent == null) {
      throw new CacheException(
          Kind.PARENT_MISSING,
          "thread " + channel.id() + "'s parent " + channel.parentId() + " is not cached");
    }
    return calculator.inThread(parent.type(), parent.permissionOverwrites());
  }

  private PermissionCalculator calculator(Id<UserMarker> userId, GuildState state, long guildId) {
    CachedGuild guild = state == null ? null : state.guild;
    if (guild == null) {
      throw new CacheException(Kind.GUILD_MISSING, "guild " + guildId + " is not cached");
    }
    CachedRole everyone = state.roles.get(guildId);
    if (everyone == null) {
      throw new CacheException(
          Kind.EVERYONE_ROLE_MISSING, "guild " + guildId + "'s @everyone role is not cached");
    }
    CachedMember member = state.members.get(userId.value());
    if (member == null) {
      throw new CacheException(
          Kind.MEMBER_MISSING,
          "member " + userId.value() + " of guild " + guildId + " is not cached");
    }
    PermissionCalculator.Builder builder =
        PermissionCalculator.builder(Id.of(guildId), userId, Permissions.of(everyone.permissions()))
            .owner(Id.of(guild.ownerId()));
    for (long roleId : member.roleIds()) {
      CachedRole role = state.roles.get(roleId);
      if (role != null && roleId != guildId) {
        builder.role(Id.of(roleId), Permissions.of(role.permissions()));
      }
    }
    Instant until = member.communicationDisabledUntil().orElse(null);
    if (until != null) {
      builder.communicationDisabledUntil(until, stores.clock.instant());
    }
    return builder.build();
  }
}
