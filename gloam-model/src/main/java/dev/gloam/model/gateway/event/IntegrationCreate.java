package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * An integration was added to a guild. Maps Discord's "Integration Create" event
 * (events/gateway-events), whose {@code d} is an integration with an extra {@code guild_id}.
 *
 * @param integration the new integration, without its {@code user}; its fields are inlined in
 *     {@code d}
 * @param guildId the guild
 */
public record IntegrationCreate(@JsonUnwrapped Integration integration, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.INTEGRATION_CREATE;
  }
}
