package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.monetization.Entitlement;

/**
 * A user or guild was granted an entitlement to one of the app's SKUs. Maps Discord's "Entitlement
 * Create" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param entitlement the new entitlement
 */
public record EntitlementCreate(@JsonValue Entitlement entitlement) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param entitlement the new entitlement
   * @return the event
   */
  @JsonCreator
  public static EntitlementCreate of(Entitlement entitlement) {
    return new EntitlementCreate(entitlement);
  }

  @Override
  public EventType kind() {
    return EventType.ENTITLEMENT_CREATE;
  }
}
