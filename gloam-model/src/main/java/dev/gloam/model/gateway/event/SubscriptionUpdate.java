package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.monetization.Subscription;

/**
 * A premium subscription to the app changed, for example it became active. Maps Discord's
 * "Subscription Update" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param subscription the subscription as it is now
 */
public record SubscriptionUpdate(@JsonValue Subscription subscription) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param subscription the subscription as it is now
   * @return the event
   */
  @JsonCreator
  public static SubscriptionUpdate of(Subscription subscription) {
    return new SubscriptionUpdate(subscription);
  }

  @Override
  public EventType kind() {
    return EventType.SUBSCRIPTION_UPDATE;
  }
}
