package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming a role subscription listing. Never instantiated.
 */
public final class RoleSubscriptionListingMarker {
  private RoleSubscriptionListingMarker() {}
}
