package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.monetization.Entitlement;

/**
 * An entitlement was removed, for example after a refund. Expiry does not remove an entitlement.
 * Maps Discord's "Entitlement Delete" event (events/gateway-events), whose {@code d} is the object
 * itself.
 *
 * @param entitlement the removed entitlement
 */
public record EntitlementDelete(@JsonValue Entitlement entitlement) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param entitlement the removed entitlement
   * @return the event
   */
  @JsonCreator
  public static EntitlementDelete of(Entitlement entitlement) {
    return new EntitlementDelete(entitlement);
  }

  @Override
  public EventType kind() {
    return EventType.ENTITLEMENT_DELETE;
  }
}
