package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/**
 * An invite was deleted. Maps Discord's "Invite Delete" event (events/gateway-events).
 *
 * @param channelId the invite's channel
 * @param guildId the invite's guild, if any
 * @param code the invite code
 */
public record InviteDelete(
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    String code)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.INVITE_DELETE;
  }
}
