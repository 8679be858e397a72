package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An invite code and what it leads to. Maps Discord's "Invite Object" together with the "Invite
 * Metadata Object" that extends it (resources/invite): the metadata fields ({@code uses}, {@code
 * maxUses}, {@code maxAge}, {@code temporary}, {@code createdAt}) are present only where Discord
 * sends the extended object, such as when listing a channel's or a guild's invites.
 *
 * @param type what the invite leads to
 * @param code the invite's code, its unique id
 * @param guild the guild the invite is for, for guild invites
 * @param channel the channel the invite is for ({@code null} for some friend invites)
 * @param inviter the user who created the invite
 * @param targetType what a voice channel invite shows once accepted
 * @param targetUser the user whose stream a stream invite shows
 * @param targetApplication the embedded application an embedded application invite opens, partial
 * @param approximatePresenceCount the approximate number of online members, when asked for with
 *     {@code with_counts}
 * @param approximateMemberCount the approximate number of members, when asked for with {@code
 *     with_counts}
 * @param expiresAt when the invite expires, {@code null} if never
 * @param guildScheduledEvent the scheduled event the invite points to, when asked for with {@code
 *     guild_scheduled_event_id}
 * @param flags the invite's flags, for guild invites
 * @param roles the roles given to a user who accepts the invite
 * @param uses how often the invite was used (metadata)
 * @param maxUses how often the invite may be used, 0 for no limit (metadata)
 * @param maxAge the invite's lifetime in seconds, 0 for no expiry (metadata)
 * @param temporary whether the invite grants only temporary membership (metadata)
 * @param createdAt when the invite was created (metadata)
 */
public record Invite(
    InviteType type,
    String code,
    @JsonInclude(Include.NON_ABSENT) Optional<InviteGuild> guild,
    Optional<InviteChannel> channel,
    @JsonInclude(Include.NON_ABSENT) Optional<User> inviter,
    @JsonInclude(Include.NON_ABSENT) Optional<InviteTargetType> targetType,
    @JsonInclude(Include.NON_ABSENT) Optional<User> targetUser,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbeddedApplication> targetApplication,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximatePresenceCount,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximateMemberCount,
    Optional<Instant> expiresAt,
    @JsonInclude(Include.NON_ABSENT) Optional<GuildScheduledEvent> guildScheduledEvent,
    @JsonInclude(Include.NON_ABSENT) Optional<GuildInviteFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<List<InviteRole>> roles,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> uses,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxUses,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxAge,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> temporary,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> createdAt) {}
