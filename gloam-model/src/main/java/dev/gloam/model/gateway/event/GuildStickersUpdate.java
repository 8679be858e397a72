package dev.gloam.model.gateway.event;

import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * A guild's stickers changed. Maps Discord's "Guild Stickers Update" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param stickers every sticker the guild has now
 */
public record GuildStickersUpdate(Id<GuildMarker> guildId, List<Sticker> stickers)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_STICKERS_UPDATE;
  }
}
