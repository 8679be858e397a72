package dev.gloam.model.guild.widget;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import java.util.Optional;

/**
 * Whether a guild's widget is on and where its invite leads. Maps Discord's "Guild Widget Settings
 * Object" (resources/guild).
 *
 * @param enabled whether the widget is turned on
 * @param channelId the channel the widget's invite leads to, if any
 */
public record GuildWidgetSettings(boolean enabled, Optional<Id<ChannelMarker>> channelId) {}
