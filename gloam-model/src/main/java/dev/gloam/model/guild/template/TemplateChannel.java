package dev.gloam.model.guild.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.forum.DefaultReaction;
import dev.gloam.model.channel.forum.ForumLayoutType;
import dev.gloam.model.channel.forum.SortOrderType;
import java.util.List;
import java.util.Optional;

/**
 * A channel in a template's guild snapshot. Maps the channels of Discord's "Guild Template Object"
 * (resources/guild-template) and the {@code GuildTemplateChannelResponse} schema of its OpenAPI
 * description.
 *
 * @param id the placeholder id, if any
 * @param type the channel's type (text, voice, category or forum)
 * @param name the channel's name, if any
 * @param position the channel's position, if any
 * @param topic the channel's topic, if any
 * @param bitrate the voice bitrate in bits per second
 * @param userLimit the most users in a voice channel, 0 for no limit
 * @param nsfw whether the channel is age-restricted
 * @param rateLimitPerUser the slowmode delay in seconds
 * @param parentId the placeholder id of the channel's category, if any
 * @param permissionOverwrites the channel's permission overwrites, targeting placeholder ids
 * @param defaultAutoArchiveDuration minutes of inactivity after which new threads are archived
 *     (absent or {@code null} when not set)
 * @param availableTags the tags of a forum channel (absent or {@code null} when not sent)
 * @param template the template text of a forum channel (absent when not sent)
 * @param defaultReactionEmoji the default reaction of a forum channel's posts (absent or {@code
 *     null} when not set)
 * @param defaultThreadRateLimitPerUser the slowmode delay new threads start with (absent or {@code
 *     null} when not set)
 * @param defaultSortOrder the post order of a forum channel (absent or {@code null} when not set)
 * @param defaultForumLayout the post layout of a forum channel (absent or {@code null} when not
 *     set)
 * @param themeColor the channel's theme colour as an RGB integer (absent or {@code null} when not
 *     set)
 */
public record TemplateChannel(
    Optional<Integer> id,
    ChannelType type,
    Optional<String> name,
    Optional<Integer> position,
    Optional<String> topic,
    int bitrate,
    int userLimit,
    boolean nsfw,
    int rateLimitPerUser,
    Optional<Long> parentId,
    List<TemplateOverwrite> permissionOverwrites,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> defaultAutoArchiveDuration,
    @JsonInclude(Include.NON_ABSENT) Optional<List<TemplateChannelTag>> availableTags,
    @JsonInclude(Include.NON_ABSENT) Optional<String> template,
    @JsonInclude(Include.NON_ABSENT) Optional<DefaultReaction> defaultReactionEmoji,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> defaultThreadRateLimitPerUser,
    @JsonInclude(Include.NON_ABSENT) Optional<SortOrderType> defaultSortOrder,
    @JsonInclude(Include.NON_ABSENT) Optional<ForumLayoutType> defaultForumLayout,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> themeColor) {}
