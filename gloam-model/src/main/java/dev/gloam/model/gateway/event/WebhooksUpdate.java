package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A channel's webhooks were created, updated or deleted. Maps Discord's "Webhooks Update" event
 * (events/gateway-events).
 *
 * @param guildId the guild
 * @param channelId the channel
 */
public record WebhooksUpdate(Id<GuildMarker> guildId, Id<ChannelMarker> channelId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.WEBHOOKS_UPDATE;
  }
}
