package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.soundboard.SoundboardSound;
import dev.gloam.model.stage.StageInstance;
import dev.gloam.model.value.ImageHash;
import dev.gloam.model.voice.VoiceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A guild (a "server" in Discord's client). Maps Discord's "Guild Object" (resources/guild) and the
 * extra fields of the gateway's {@code GUILD_CREATE} (events/gateway-events, "Guild Create Extra
 * Fields"), which are absent in REST responses and other events.
 *
 * <p>The same record holds the guild of {@code GET /guilds/{id}?with_counts=true} (with the two
 * approximate counts) and of {@code GET /users/@me/guilds} (with {@code owner} and {@code
 * permissions}, relative to the current user).
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param icon the icon hash, if any
 * @param iconHash the icon hash as sent in template objects (usually absent)
 * @param splash the invite splash hash, if any
 * @param discoverySplash the discovery splash hash, if any (guilds with {@code DISCOVERABLE})
 * @param owner whether the current user owns the guild (only from {@code GET /users/@me/guilds})
 * @param ownerId the owner's user id
 * @param permissions the current user's permissions in the guild, overwrites and implicit
 *     permissions left out (only from {@code GET /users/@me/guilds})
 * @param region the voice region id (deprecated; channels carry their own region now)
 * @param afkChannelId the AFK voice channel, if any
 * @param afkTimeout seconds of inactivity before a member is moved to the AFK channel
 * @param widgetEnabled whether the guild widget is turned on (absent when not sent)
 * @param widgetChannelId the channel the widget's invite leads to (absent, or {@code null} for no
 *     invite)
 * @param verificationLevel the verification level members must meet
 * @param defaultMessageNotifications the default notification level
 * @param explicitContentFilter the explicit content filter level
 * @param roles the guild's roles
 * @param emojis the guild's custom emojis
 * @param features the guild's features, such as {@link GuildFeature#COMMUNITY}
 * @param mfaLevel the two-factor requirement for moderation
 * @param applicationId the application that created the guild, if a bot created it
 * @param systemChannelId the channel for system messages such as welcomes and boosts, if any
 * @param systemChannelFlags which notices the system channel leaves out
 * @param rulesChannelId the rules channel of a Community guild, if any
 * @param maxPresences the most presences the guild may hold (absent or {@code null} except for the
 *     largest guilds)
 * @param maxMembers the most members the guild may hold (absent when not sent)
 * @param vanityUrlCode the vanity invite code, if any
 * @param description the Community guild's description, if any
 * @param banner the banner hash, if any
 * @param premiumTier the boost level
 * @param premiumSubscriptionCount the number of boosts (absent when not sent)
 * @param preferredLocale the Community guild's preferred locale, {@code en-US} by default
 * @param publicUpdatesChannelId the channel where Discord sends notices to a Community guild's
 *     moderators, if any
 * @param maxVideoChannelUsers the most users in a video call in a voice channel (absent when not
 *     sent)
 * @param maxStageVideoChannelUsers the most users in a video call in a stage channel (absent when
 *     not sent)
 * @param approximateMemberCount about how many members the guild has (only with {@code
 *     with_counts})
 * @param approximatePresenceCount about how many members are online (only with {@code with_counts})
 * @param welcomeScreen the Community guild's welcome screen (sent with invites' guilds)
 * @param nsfwLevel the guild's age-restriction level
 * @param stickers the guild's custom stickers (absent when not sent)
 * @param premiumProgressBarEnabled whether the boost progress bar is shown
 * @param safetyAlertsChannelId the channel where Discord sends safety alerts to a Community guild's
 *     moderators, if any
 * @param incidentsData the safety measures in force, if any
 * @param joinedAt when the current user joined ({@code GUILD_CREATE} only)
 * @param large whether the guild counts as large ({@code GUILD_CREATE} only)
 * @param unavailable whether the guild is unavailable because of an outage
 * @param memberCount the number of members ({@code GUILD_CREATE} only)
 * @param members the members sent with the guild ({@code GUILD_CREATE} only)
 * @param channels the guild's channels ({@code GUILD_CREATE} only)
 * @param threads the active threads the current user can see ({@code GUILD_CREATE} only)
 * @param voiceStates the voice states of the members in voice channels, without {@code guild_id}
 *     ({@code GUILD_CREATE} only)
 * @param presences the presences of the members, partial, up to the large threshold ({@code
 *     GUILD_CREATE} only)
 * @param stageInstances the guild's live stage instances ({@code GUILD_CREATE} only)
 * @param guildScheduledEvents the guild's scheduled events ({@code GUILD_CREATE} only)
 * @param soundboardSounds the guild's soundboard sounds ({@code GUILD_CREATE} only)
 */
public record Guild(
    Id<GuildMarker> id,
    String name,
    Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> iconHash,
    Optional<ImageHash> splash,
    Optional<ImageHash> discoverySplash,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> owner,
    Id<UserMarker> ownerId,
    @JsonInclude(Include.NON_ABSENT) Optional<Permissions> permissions,
    @JsonInclude(Include.NON_ABSENT) Optional<String> region,
    Optional<Id<ChannelMarker>> afkChannelId,
    int afkTimeout,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> widgetEnabled,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> widgetChannelId,
    VerificationLevel verificationLevel,
    DefaultMessageNotificationLevel defaultMessageNotifications,
    ExplicitContentFilterLevel explicitContentFilter,
    List<Role> roles,
    List<Emoji> emojis,
    List<GuildFeature> features,
    MfaLevel mfaLevel,
    Optional<Id<ApplicationMarker>> applicationId,
    Optional<Id<ChannelMarker>> systemChannelId,
    SystemChannelFlags systemChannelFlags,
    Optional<Id<ChannelMarker>> rulesChannelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxPresences,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxMembers,
    Optional<String> vanityUrlCode,
    Optional<String> description,
    Optional<ImageHash> banner,
    PremiumTier premiumTier,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> premiumSubscriptionCount,
    DiscordLocale preferredLocale,
    Optional<Id<ChannelMarker>> publicUpdatesChannelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxVideoChannelUsers,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> maxStageVideoChannelUsers,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximateMemberCount,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximatePresenceCount,
    @JsonInclude(Include.NON_ABSENT) Optional<WelcomeScreen> welcomeScreen,
    NsfwLevel nsfwLevel,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Sticker>> stickers,
    boolean premiumProgressBarEnabled,
    Optional<Id<ChannelMarker>> safetyAlertsChannelId,
    Optional<GuildIncidentsData> incidentsData,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> joinedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> large,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> unavailable,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> memberCount,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Member>> members,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Channel>> channels,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Channel>> threads,
    @JsonInclude(Include.NON_ABSENT) Optional<List<VoiceState>> voiceStates,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Presence>> presences,
    @JsonInclude(Include.NON_ABSENT) Optional<List<StageInstance>> stageInstances,
    @JsonInclude(Include.NON_ABSENT) Optional<List<GuildScheduledEvent>> guildScheduledEvents,
    @JsonInclude(Include.NON_ABSENT) Optional<List<SoundboardSound>> soundboardSounds) {}
