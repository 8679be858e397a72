package dev.gloam.model.gateway.event;

import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * A guild's emojis changed. Maps Discord's "Guild Emojis Update" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param emojis every emoji the guild has now
 */
public record GuildEmojisUpdate(Id<GuildMarker> guildId, List<Emoji> emojis) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_EMOJIS_UPDATE;
  }
}
