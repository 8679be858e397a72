package dev.gloam.model.guild.widget;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * A channel listed in a guild widget: a partial channel. Maps the channels of Discord's "Guild
 * Widget Object" (resources/guild).
 *
 * @param id the channel's id
 * @param name the channel's name
 * @param position the channel's position
 */
public record WidgetChannel(Id<ChannelMarker> id, String name, int position) {}
