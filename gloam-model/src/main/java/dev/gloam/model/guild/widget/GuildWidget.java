package dev.gloam.model.guild.widget;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;
import java.util.Optional;

/**
 * The public widget of a guild. Maps Discord's "Guild Widget Object" (resources/guild).
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param instantInvite an invite URL to the widget's channel, if one is set
 * @param channels the voice and stage channels {@code @everyone} can join
 * @param members up to 100 online members, anonymized
 * @param presenceCount the number of online members
 */
public record GuildWidget(
    Id<GuildMarker> id,
    String name,
    Optional<String> instantInvite,
    List<WidgetChannel> channels,
    List<WidgetMember> members,
    int presenceCount) {}
