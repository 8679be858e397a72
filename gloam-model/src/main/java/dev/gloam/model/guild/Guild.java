package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A guild (a "server" in Discord's client). Maps Discord's "Guild Object" (resources/guild) and the
 * extra fields of the gateway's {@code GUILD_CREATE} (events/gateway-events), which are absent in
 * REST responses.
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param icon the icon hash, if any
 * @param ownerId the owner's user id
 * @param afkChannelId the AFK voice channel, if any
 * @param afkTimeout seconds of inactivity before a member is moved to the AFK channel
 * @param verificationLevel the verification level members must meet
 * @param defaultMessageNotifications the default notification level
 * @param explicitContentFilter the explicit content filter level
 * @param roles the guild's roles
 * @param features the guild's feature names, such as {@code COMMUNITY}
 * @param mfaLevel the two-factor requirement for moderation
 * @param systemChannelId the channel for system messages, if any
 * @param rulesChannelId the rules channel of a community guild, if any
 * @param description the community guild's description, if any
 * @param premiumTier the boost level
 * @param preferredLocale the community guild's preferred locale
 * @param nsfwLevel the guild's NSFW level
 * @param joinedAt when the current user joined ({@code GUILD_CREATE} only)
 * @param large whether the guild counts as large ({@code GUILD_CREATE} only)
 * @param unavailable whether the guild is unavailable because of an outage
 * @param memberCount the number of members ({@code GUILD_CREATE} only)
 * @param members the members sent with the guild ({@code GUILD_CREATE} only)
 * @param channels the guild's channels ({@code GUILD_CREATE} only)
 * @param threads the active threads the current user can see ({@code GUILD_CREATE} only)
 */
public record Guild(
    Id<GuildMarker> id,
    String name,
    Optional<ImageHash> icon,
    Id<UserMarker> ownerId,
    Optional<Id<ChannelMarker>> afkChannelId,
    int afkTimeout,
    int verificationLevel,
    int defaultMessageNotifications,
    int explicitContentFilter,
    List<Role> roles,
    List<String> features,
    int mfaLevel,
    Optional<Id<ChannelMarker>> systemChannelId,
    Optional<Id<ChannelMarker>> rulesChannelId,
    Optional<String> description,
    int premiumTier,
    String preferredLocale,
    int nsfwLevel,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> joinedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> large,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> unavailable,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> memberCount,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Member>> members,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Channel>> channels,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Channel>> threads) {}
