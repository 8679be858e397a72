package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * A channel of any type: guild text and voice channels, categories, threads, DMs. Maps Discord's
 * "Channel Object" (resources/channel), whose fields depend on the channel's {@link ChannelType};
 * those a type does not have are absent.
 *
 * @param id the channel's id
 * @param type the channel's type
 * @param guildId the guild, for guild channels (absent inside {@code GUILD_CREATE})
 * @param position the sorting position, for guild channels
 * @param name the name, for guild channels and group DMs (may be {@code null} for group DMs)
 * @param topic the topic, for text-like guild channels (may be {@code null})
 * @param nsfw whether the channel is age-restricted
 * @param lastMessageId the latest message sent, if any (may be {@code null})
 * @param bitrate the bitrate, for voice channels
 * @param userLimit the user limit, for voice channels
 * @param rateLimitPerUser the slow mode delay in seconds
 * @param recipients the other users, for DMs
 * @param icon the icon hash, for group DMs (may be {@code null})
 * @param ownerId the creator, for group DMs and threads
 * @param parentId the category or, for threads, the parent channel (may be {@code null})
 * @param flags the channel's flags
 */
public record Channel(
    Id<ChannelMarker> id,
    ChannelType type,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> position,
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
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> parentId,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> flags) {}
