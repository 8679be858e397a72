package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.monetization.Subscription;

/**
 * A user subscribed to one of the app's premium SKUs; its status may still be inactive. Grant perks
 * by entitlements, not by this event. Maps Discord's "Subscription Create" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param subscription the new subscription
 */
public record SubscriptionCreate(@JsonValue Subscription subscription) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param subscription the new subscription
   * @return the event
   */
  @JsonCreator
  public static SubscriptionCreate of(Subscription subscription) {
    return new SubscriptionCreate(subscription);
  }

  @Override
  public EventType kind() {
    return EventType.SUBSCRIPTION_CREATE;
  }
}
