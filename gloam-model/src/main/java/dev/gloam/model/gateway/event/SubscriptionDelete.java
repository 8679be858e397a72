package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.monetization.Subscription;

/**
 * A premium subscription to the app was removed. Maps Discord's "Subscription Delete" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param subscription the removed subscription
 */
public record SubscriptionDelete(@JsonValue Subscription subscription) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param subscription the removed subscription
   * @return the event
   */
  @JsonCreator
  public static SubscriptionDelete of(Subscription subscription) {
    return new SubscriptionDelete(subscription);
  }

  @Override
  public EventType kind() {
    return EventType.SUBSCRIPTION_DELETE;
  }
}
