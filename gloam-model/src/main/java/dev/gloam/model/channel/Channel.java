package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.forum.DefaultReaction;
import dev.gloam.model.channel.forum.ForumLayoutType;
import dev.gloam.model.channel.forum.ForumTag;
import dev.gloam.model.channel.forum.SortOrderType;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.channel.thread.ThreadMetadata;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.TagMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A channel of any type: guild text and voice channels, categories, forums, threads, DMs. Maps
 * Discord's "Channel Object" (resources/channel), whose fields depend on the channel's {@link
 * ChannelType}; those a type does not have are absent.
 *
 * @param id the channel's id
 * @param type the channel's type
 * @param guildId the guild, for guild channels (absent inside {@code GUILD_CREATE})
 * @param position the sorting position, for guild channels; ties are sorted by id
 * @param permissionOverwrites the role and member overwrites, for guild channels
 * @param name the name, for guild channels and group DMs (may be {@code null} for group DMs)
 * @param topic the topic, for text-like guild channels (may be {@code null})
 * @param nsfw whether the channel is age-restricted
 * @param lastMessageId the latest message (for forum and media channels, the latest thread), which
 *     may no longer exist; may be {@code null}
 * @param bitrate the bitrate in bits per second, for voice channels
 * @param userLimit the user limit, for voice channels, 0 for none
 * @param rateLimitPerUser the slow mode delay in seconds, between messages and thread creations
 * @param recipients the other users, for DMs
 * @param icon the icon hash, for group DMs (may be {@code null})
 * @param ownerId the creator, for group DMs and threads
 * @param applicationId the application that created the group DM, if any (may be {@code null})
 * @param managed whether an application manages the group DM through the {@code gdm.join} scope
 * @param parentId the category or, for threads, the channel the thread was created in (may be
 *     {@code null})
 * @param lastPinTimestamp when a message was last pinned (may be {@code null})
 * @param rtcRegion the voice region id of a voice channel, {@code null} for automatic
 * @param videoQualityMode the camera quality of a voice channel; absent means {@link
 *     VideoQualityMode#AUTO}
 * @param messageCount the number of messages in a thread, without the starter and deleted ones
 * @param memberCount the approximate number of users in a thread, capped at 50
 * @param threadMetadata the fields only threads have
 * @param member the current user's thread member, if they joined the thread (some endpoints only)
 * @param defaultAutoArchiveDuration the archive duration copied onto new threads
 * @param permissions the invoking user's computed permissions, in an interaction's resolved data
 * @param appPermissions the bot's computed permissions, in an interaction's resolved data
 * @param flags the channel's flags
 * @param totalMessageSent the number of messages ever sent in a thread, deleted ones included
 * @param availableTags the tags threads may carry, for forum and media channels
 * @param appliedTags the tags applied to a thread of a forum or media channel
 * @param defaultReactionEmoji the emoji on the reaction button of posts, for forum and media
 *     channels (may be {@code null})
 * @param defaultThreadRateLimitPerUser the slow mode delay copied onto new threads
 * @param defaultSortOrder the post order chosen for a forum or media channel, {@code null} if none
 * @param defaultForumLayout the post layout chosen for a forum channel
 */
public record Channel(
    Id<ChannelMarker> id,
    ChannelType type,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> position,
    @JsonInclude(Include.NON_ABSENT) Optional<List<PermissionOverwrite>> permissionOverwrites,
    @JsonInclude(Include.NON_ABSENT) Optional<String> name,
    @JsonInclude(Include.NON_ABSENT) Optional<String> topic,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> nsfw,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> lastMessageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> bitrate,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> userLimit,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> rateLimitPerUser,
    @JsonInclude(Include.NON_ABSENT) Optional<List<User>> recipients,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<UserMarker>> ownerId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> managed,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> parentId,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> lastPinTimestamp,
    @JsonInclude(Include.NON_ABSENT) Optional<String> rtcRegion,
    @JsonInclude(Include.NON_ABSENT) Optional<VideoQualityMode> videoQualityMode,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> messageCount,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> memberCount,
    @JsonInclude(Include.NON_ABSENT) Optional<ThreadMetadata> threadMetadata,
    @JsonInclude(Include.NON_ABSENT) Optional<ThreadMember> member,
    @JsonInclude(Include.NON_ABSENT) Optional<AutoArchiveDuration> defaultAutoArchiveDuration,
    @JsonInclude(Include.NON_ABSENT) Optional<Permissions> permissions,
    @JsonInclude(Include.NON_ABSENT) Optional<Permissions> appPermissions,
    @JsonInclude(Include.NON_ABSENT) Optional<ChannelFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> totalMessageSent,
    @JsonInclude(Include.NON_ABSENT) Optional<List<ForumTag>> availableTags,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<TagMarker>>> appliedTags,
    @JsonInclude(Include.NON_ABSENT) Optional<DefaultReaction> defaultReactionEmoji,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> defaultThreadRateLimitPerUser,
    @JsonInclude(Include.NON_ABSENT) Optional<SortOrderType> defaultSortOrder,
    @JsonInclude(Include.NON_ABSENT) Optional<ForumLayoutType> defaultForumLayout) {}
