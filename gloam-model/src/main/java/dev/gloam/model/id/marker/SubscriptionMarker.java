package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a subscription. Never instantiated. */
public final class SubscriptionMarker {
  private SubscriptionMarker() {}
}
