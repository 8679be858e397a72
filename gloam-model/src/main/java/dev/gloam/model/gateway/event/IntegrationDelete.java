package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.IntegrationMarker;
import java.util.Optional;

/**
 * A guild integration was deleted. Maps Discord's "Integration Delete" event
 * (events/gateway-events).
 *
 * @param id the integration
 * @param guildId the guild
 * @param applicationId the bot or OAuth2 application of a Discord integration
 */
public record IntegrationDelete(
    Id<IntegrationMarker> id,
    Id<GuildMarker> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.INTEGRATION_DELETE;
  }
}
