package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.monetization.Entitlement;

/**
 * An entitlement changed; for subscriptions, sent when the subscription ends, with {@code ends_at}
 * set. Maps Discord's "Entitlement Update" event (events/gateway-events), whose {@code d} is the
 * object itself.
 *
 * @param entitlement the entitlement as it is now
 */
public record EntitlementUpdate(@JsonValue Entitlement entitlement) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param entitlement the entitlement as it is now
   * @return the event
   */
  @JsonCreator
  public static EntitlementUpdate of(Entitlement entitlement) {
    return new EntitlementUpdate(entitlement);
  }

  @Override
  public EventType kind() {
    return EventType.ENTITLEMENT_UPDATE;
  }
}
