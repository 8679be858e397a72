package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.invite.InviteTargetType;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An invite to a channel was created. Maps Discord's "Invite Create" event (events/gateway-events);
 * sent only to bots with the {@code MANAGE_CHANNELS} permission on the channel.
 *
 * @param channelId the channel the invite leads to
 * @param code the invite's code
 * @param createdAt when the invite was created
 * @param guildId the guild of the invite, for guild channels
 * @param inviter who created the invite, if known
 * @param maxAge how many seconds the invite lasts (0 for ever)
 * @param maxUses how many times the invite can be used (0 for no limit)
 * @param targetType what a voice channel invite opens, for stream and activity invites
 * @param targetUser whose stream a stream invite shows
 * @param targetApplication the embedded application an activity invite opens (partial)
 * @param temporary whether users who join by the invite are removed when they disconnect, unless
 *     they were given a role
 * @param uses how many times the invite was used (always 0 here)
 * @param expiresAt when the invite expires, or empty (sent as {@code null}) if it does not
 * @param roleIds the guild roles given to users who accept the invite, if any
 */
public record InviteCreate(
    Id<ChannelMarker> channelId,
    String code,
    Instant createdAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<User> inviter,
    int maxAge,
    int maxUses,
    @JsonInclude(Include.NON_ABSENT) Optional<InviteTargetType> targetType,
    @JsonInclude(Include.NON_ABSENT) Optional<User> targetUser,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbeddedApplication> targetApplication,
    boolean temporary,
    int uses,
    Optional<Instant> expiresAt,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<RoleMarker>>> roleIds)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.INVITE_CREATE;
  }
}
