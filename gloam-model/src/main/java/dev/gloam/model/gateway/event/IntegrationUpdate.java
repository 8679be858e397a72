package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A guild's integration changed. Maps Discord's "Integration Update" event (events/gateway-events),
 * whose {@code d} is an integration with an extra {@code guild_id}.
 *
 * @param integration the integration as it is now, without its {@code user}; its fields are inlined
 *     in {@code d}
 * @param guildId the guild
 */
public record IntegrationUpdate(@JsonUnwrapped Integration integration, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.INTEGRATION_UPDATE;
  }
}
