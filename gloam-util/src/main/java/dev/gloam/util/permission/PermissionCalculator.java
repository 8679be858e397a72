package dev.gloam.util.permission;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwrite;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the permissions of one member of one guild, in the guild ({@link #root()}) and in any of
 * its channels ({@link #inChannel}, {@link #inThread}), by the rules of "Permissions" in
 * topics/permissions: the @everyone role, the member's roles, the owner and {@code ADMINISTRATOR},
 * channel overwrites in Discord's order, the permissions each channel type has, implicit denials,
 * threads, and timeouts. It is pure: it holds what it is given and reads nothing else.
 *
 * <pre>{@code
 * PermissionCalculator member =
 *     PermissionCalculator.builder(guildId, userId, everyoneRole.permissions())
 *         .owner(guild.ownerId())
 *         .role(moderators.id(), moderators.permissions())
 *         .communicationDisabledUntil(timeoutEnd, Instant.now())
 *         .build();
 * boolean canBan = member.root().contains(Permissions.BAN_MEMBERS);
 * boolean canSend =
 *     member.inChannel(channel.type(), overwrites).contains(Permissions.SEND_MESSAGES);
 * }</pre>
 */
public final class PermissionCalculator {
  private static final long ALL = Permissions.all().bits();
  private static final long ADMINISTRATOR = Permissions.ADMINISTRATOR.bits();
  private static final long VIEW_CHANNEL = Permissions.VIEW_CHANNEL.bits();
  private static final long SEND_MESSAGES = Permissions.SEND_MESSAGES.bits();
  private static final long SEND_MESSAGES_IN_THREADS = Permissions.SEND_MESSAGES_IN_THREADS.bits();
  private static final long CONNECT = Permissions.CONNECT.bits();
  // "Implicit Permissions": what sending messages is needed for.
  private static final long NEEDS_SEND_MESSAGES =
      Permissions.MENTION_EVERYONE
          .with(Permissions.SEND_TTS_MESSAGES, Permissions.ATTACH_FILES, Permissions.EMBED_LINKS)
          .bits();
  // Without CONNECT a voice or stage channel cannot be acted on: its voice permissions, and
  // managing the channel and its overwrites (Discord answers 403 Missing Access).
  private static final long NEEDS_CONNECT =
      ChannelScope.voiceOnlyBits()
          | Permissions.MANAGE_CHANNELS.bits()
          | Permissions.MANAGE_ROLES.bits();
  // "Permissions For Timed Out Members".
  private static final long KEPT_WHEN_TIMED_OUT =
      VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY.bits();

  private final long guildId;
  private final long userId;
  private final boolean owner;
  private final Map<Long, Long> roles;
  private final boolean timedOut;
  // The guild-level permissions before a timeout is applied; channel overwrites start from them.
  private final long base;

  private PermissionCalculator(Builder builder) {
    guildId = builder.guildId.value();
    userId = builder.userId.value();
    owner = builder.ownerId != null && builder.ownerId.value() == userId;
    roles = Map.copyOf(builder.roles);
    timedOut = builder.timedOut;
    long permissions = builder.everyone.bits();
    for (long role : roles.values()) {
      permissions |= role;
    }
    base = owner || (permissions & ADMINISTRATOR) != 0 ? ALL : permissions;
  }

  /**
   * Starts a calculator for a member of a guild.
   *
   * @param guildId the guild, whose id is also its @everyone role's
   * @param userId the member
   * @param everyone the permissions of the guild's @everyone role
   * @return a builder
   */
  public static Builder builder(
      Id<GuildMarker> guildId, Id<UserMarker> userId, Permissions everyone) {
    return new Builder(guildId, userId, everyone);
  }

  /**
   * Returns the member's permissions in the guild: the @everyone role's and their roles', every
   * permission for the owner or a member with {@code ADMINISTRATOR}, and only {@code VIEW_CHANNEL}
   * and {@code READ_MESSAGE_HISTORY} while timed out (never for the owner or an administrator).
   *
   * @return the guild-level permissions
   */
  public Permissions root() {
    return Permissions.of(afterTimeout(base));
  }

  /**
   * Returns the member's permissions in a guild channel that is not a thread.
   *
   * <p>The overwrites apply in Discord's order: @everyone's deny then allow, then every overwrite
   * of the member's roles together (all denies, then all allows), then the member's own. The owner
   * and administrators skip them. Then: without {@code VIEW_CHANNEL} no permission of the channel
   * is left; without {@code SEND_MESSAGES}, none of mentioning everyone, text-to-speech, files and
   * embeds; in a voice or stage channel without {@code CONNECT}, none of the voice permissions nor
   * managing the channel or its overwrites; permissions that do not apply to the channel's type
   * (the "Channel Type" column of Discord's table) are dropped, guild-wide ones are kept; and a
   * timeout leaves only {@code VIEW_CHANNEL} and {@code READ_MESSAGE_HISTORY}.
   *
   * @param type the channel's type; a category keeps permissions of every channel type
   * @param overwrites the channel's permission overwrites
   * @return the permissions in the channel
   * @throws IllegalArgumentException for a thread (use {@link #inThread}) or a DM channel
   */
  public Permissions inChannel(ChannelType type, Collection<PermissionOverwrite> overwrites) {
    Objects.requireNonNull(overwrites, "overwrites");
    if (type.isThread()) {
      throw new IllegalArgumentException(
          "a thread has no overwrites of its own: use inThread(parentType, parentOverwrites)");
    }
    ChannelScope scope = scopeOf(type);
    long permissions = overwritten(overwrites);
    return Permissions.of(afterTimeout(implied(permissions, scope)));
  }

  /**
   * Returns the member's permissions in a thread, which inherits its parent channel's overwrites
   * ("Inherited Permissions (Threads)"). {@code SEND_MESSAGES} is not inherited: in the result it
   * is set exactly when the member has {@code SEND_MESSAGES_IN_THREADS}, so that {@code
   * contains(SEND_MESSAGES)} answers whether they may post in the thread. Viewing a private thread
   * also takes being its member or {@code MANAGE_THREADS}, which this calculator does not know.
   *
   * @param parentType the type of the thread's parent channel
   * @param parentOverwrites the parent channel's overwrites
   * @return the permissions in the thread
   * @throws IllegalArgumentException if the parent type is a thread or a DM channel
   */
  public Permissions inThread(
      ChannelType parentType, Collection<PermissionOverwrite> parentOverwrites) {
    Objects.requireNonNull(parentOverwrites, "parentOverwrites");
    if (parentType.isThread()) {
      throw new IllegalArgumentException("a thread's parent is never a thread: " + parentType);
    }
    scopeOf(parentType);
    long permissions = overwritten(parentOverwrites);
    permissions =
        (permissions & SEND_MESSAGES_IN_THREADS) != 0
            ? permissions | SEND_MESSAGES
            : permissions & ~SEND_MESSAGES;
    // Threads hold messages, never voice: they take the text channels' permissions.
    return Permissions.of(afterTimeout(implied(permissions, ChannelScope.TEXT)));
  }

  private long overwritten(Collection<PermissionOverwrite> overwrites) {
    if (base == ALL) {
      return ALL;
    }
    long permissions = base;
    PermissionOverwrite everyone = null;
    PermissionOverwrite member = null;
    long roleAllow = 0;
    long roleDeny = 0;
    for (PermissionOverwrite overwrite : overwrites) {
      long id = overwrite.id().value();
      if (overwrite.type().equals(PermissionOverwriteType.ROLE)) {
        if (id == guildId) {
          everyone = overwrite;
        } else if (roles.containsKey(id)) {
          roleAllow |= overwrite.allow().bits();
          roleDeny |= overwrite.deny().bits();
        }
      } else if (overwrite.type().equals(PermissionOverwriteType.MEMBER) && id == userId) {
        member = overwrite;
      }
    }
    if (everyone != null) {
      permissions = (permissions & ~everyone.deny().bits()) | everyone.allow().bits();
    }
    permissions = (permissions & ~roleDeny) | roleAllow;
    if (member != null) {
      permissions = (permissions & ~member.deny().bits()) | member.allow().bits();
    }
    return permissions;
  }

  private static long implied(long permissions, ChannelScope scope) {
    long result = permissions;
    if ((result & VIEW_CHANNEL) == 0) {
      result &= ~ChannelScope.channelBits();
    }
    if (scope.hasChat() && (result & SEND_MESSAGES) == 0) {
      result &= ~NEEDS_SEND_MESSAGES;
    }
    if (scope.hasVoice() && (result & CONNECT) == 0) {
      result &= ~NEEDS_CONNECT;
    }
    return scope.keep(result);
  }

  private long afterTimeout(long permissions) {
    return timedOut && base != ALL ? permissions & KEPT_WHEN_TIMED_OUT : permissions;
  }

  private static ChannelScope scopeOf(ChannelType type) {
    Objects.requireNonNull(type, "type");
    if (type.equals(ChannelType.DM) || type.equals(ChannelType.GROUP_DM)) {
      throw new IllegalArgumentException(
          "permissions are computed for guild channels, not for a " + type);
    }
    return ChannelScope.of(type);
  }

  /** Collects what a {@link PermissionCalculator} needs to know about a member. */
  public static final class Builder {
    private final Id<GuildMarker> guildId;
    private final Id<UserMarker> userId;
    private final Permissions everyone;
    private final Map<Long, Long> roles = new HashMap<>();
    private Id<UserMarker> ownerId;
    private boolean timedOut;

    private Builder(Id<GuildMarker> guildId, Id<UserMarker> userId, Permissions everyone) {
      this.guildId = Objects.requireNonNull(guildId, "guildId");
      this.userId = Objects.requireNonNull(userId, "userId");
      this.everyone = Objects.requireNonNull(everyone, "everyone");
    }

    /**
     * Sets the guild's owner, who has every permission everywhere.
     *
     * @param ownerId the owner's id
     * @return this builder
     */
    public Builder owner(Id<UserMarker> ownerId) {
      this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
      return this;
    }

    /**
     * Adds one of the member's roles. The @everyone role is given to {@link
     * PermissionCalculator#builder} and is not added here.
     *
     * @param roleId the role
     * @param permissions the role's permissions
     * @return this builder
     * @throws IllegalArgumentException if the role is the guild's @everyone role
     */
    public Builder role(Id<RoleMarker> roleId, Permissions permissions) {
      Objects.requireNonNull(roleId, "roleId");
      Objects.requireNonNull(permissions, "permissions");
      if (roleId.value() == guildId.value()) {
        throw new IllegalArgumentException(
            "role " + roleId + " is the @everyone role; give its permissions to builder(...)");
      }
      roles.put(roleId.value(), permissions.bits());
      return this;
    }

    /**
     * Adds several of the member's roles.
     *
     * @param roles each role's permissions by its id
     * @return this builder
     * @throws IllegalArgumentException if one of them is the @everyone role
     */
    public Builder roles(Map<Id<RoleMarker>, Permissions> roles) {
      roles.forEach(this::role);
      return this;
    }

    /**
     * Sets whether the member is timed out now.
     *
     * @param timedOut true while their timeout lasts
     * @return this builder
     */
    public Builder timedOut(boolean timedOut) {
      this.timedOut = timedOut;
      return this;
    }

    /**
     * Sets the member's timeout from their {@code communication_disabled_until}: timed out if it is
     * after {@code now}.
     *
     * @param until the end of the timeout, or null for none
     * @param now the instant the permissions are for
     * @return this builder
     */
    public Builder communicationDisabledUntil(Instant until, Instant now) {
      Objects.requireNonNull(now, "now");
      this.timedOut = until != null && until.isAfter(now);
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     */
    public PermissionCalculator build() {
      return new PermissionCalculator(this);
    }
  }
}
