package dev.gloam.model.channel.message;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A channel mentioned in a crossposted message. Maps Discord's "Channel Mention Object"
 * (resources/message).
 *
 * @param id the channel's id
 * @param guildId the channel's guild
 * @param type the channel's type
 * @param name the channel's name
 */
public record ChannelMention(
    Id<ChannelMarker> id, Id<GuildMarker> guildId, ChannelType type, String name) {}
