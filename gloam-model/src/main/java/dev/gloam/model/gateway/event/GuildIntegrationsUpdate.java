package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A guild's integrations changed. Maps Discord's "Guild Integrations Update" event
 * (events/gateway-events).
 *
 * @param guildId the guild
 */
public record GuildIntegrationsUpdate(Id<GuildMarker> guildId) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_INTEGRATIONS_UPDATE;
  }
}
