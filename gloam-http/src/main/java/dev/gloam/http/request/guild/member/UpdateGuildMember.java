package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.GuildMemberFlags;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.member.MemberChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Changes a member: nickname, roles, voice state, timeout or flags; only the fields set are sent,
 * and a field set to {@code null} is cleared. Maps "Modify Guild Member" ({@code PATCH
 * /guilds/{guild.id}/members/{user.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#updateGuildMember}.
 *
 * <pre>{@code
 * client.updateGuildMember(guildId, userId)
 *     .timeout(Duration.ofMinutes(10))
 *     .reason("spamming")
 *     .send();
 * client.updateGuildMember(guildId, userId).nick(null).communicationDisabledUntil(null).send();
 * }</pre>
 */
public final class UpdateGuildMember extends Request<Member> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#updateGuildMember} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the member's user
   */
  public UpdateGuildMember(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.UPDATE_GUILD_MEMBER, BodyReader.of(Member.class), guildId, userId);
  }

  /**
   * Sets the member's nickname, 1 to 32 characters, or removes it (needs {@code MANAGE_NICKNAMES}).
   *
   * @param nick the nickname, or {@code null} to remove it
   * @return this request
   */
  public UpdateGuildMember nick(String nick) {
    json().set("nick", nick);
    check(() -> MemberChecks.nick(nick));
    return this;
  }

  /**
   * Replaces the member's roles (needs {@code MANAGE_ROLES}).
   *
   * @param roles the roles, or {@code null} to remove all
   * @return this request
   */
  public UpdateGuildMember roles(List<Id<RoleMarker>> roles) {
    List<Id<RoleMarker>> copy = roles == null ? null : List.copyOf(roles);
    json().set("roles", copy);
    check(() -> MemberChecks.roles(copy));
    return this;
  }

  /**
   * Sets whether the member is muted in voice channels; Discord answers 400 if they are not in one
   * (needs {@code MUTE_MEMBERS}).
   *
   * @param mute {@code true} to mute
   * @return this request
   */
  public UpdateGuildMember mute(boolean mute) {
    json().set("mute", mute);
    return this;
  }

  /**
   * Sets whether the member is deafened in voice channels; Discord answers 400 if they are not in
   * one (needs {@code DEAFEN_MEMBERS}).
   *
   * @param deaf {@code true} to deafen
   * @return this request
   */
  public UpdateGuildMember deaf(boolean deaf) {
    json().set("deaf", deaf);
    return this;
  }

  /**
   * Moves the member to another voice channel, or disconnects them (needs {@code MOVE_MEMBERS}).
   *
   * @param channelId the voice channel, or {@code null} to disconnect the member
   * @return this request
   */
  public UpdateGuildMember channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    return this;
  }

  /**
   * Times the member out until a moment at most 28 days ahead, or ends their timeout (needs {@code
   * MODERATE_MEMBERS}).
   *
   * @param until when the timeout ends, or {@code null} to end it now
   * @return this request
   */
  public UpdateGuildMember communicationDisabledUntil(Instant until) {
    json().set("communication_disabled_until", until);
    check(() -> MemberChecks.communicationDisabledUntil(until, Instant.now()));
    return this;
  }

  /**
   * Times the member out for a while from now: the same as {@code
   * communicationDisabledUntil(Instant.now().plus(duration))}.
   *
   * @param duration how long, at most 28 days
   * @return this request
   */
  public UpdateGuildMember timeout(Duration duration) {
    return communicationDisabledUntil(Instant.now().plus(duration));
  }

  /**
   * Sets the member's flags (only {@code BYPASSES_VERIFICATION} may be changed).
   *
   * @param flags the flags
   * @return this request
   */
  public UpdateGuildMember flags(GuildMemberFlags flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildMember reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
