package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.gateway.presence.Presence;

/**
 * A user's presence changed: status, activities or, rarely, user fields. Maps Discord's "Presence
 * Update" event (events/gateway-events); needs the {@code GUILD_PRESENCES} intent.
 *
 * @param presence the presence as it is now
 */
public record PresenceUpdate(@JsonValue Presence presence) implements Event {
  /**
   * Wraps the presence Discord sends as {@code d}.
   *
   * @param presence the presence
   * @return the event
   */
  @JsonCreator
  public static PresenceUpdate of(Presence presence) {
    return new PresenceUpdate(presence);
  }

  @Override
  public EventType kind() {
    return EventType.PRESENCE_UPDATE;
  }
}
