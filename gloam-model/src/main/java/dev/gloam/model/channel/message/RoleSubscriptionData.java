package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleSubscriptionListingMarker;

/**
 * The role subscription purchase or renewal a {@link MessageType#ROLE_SUBSCRIPTION_PURCHASE}
 * message announces. Maps Discord's "Role Subscription Data Object" (resources/message).
 *
 * @param roleSubscriptionListingId the SKU and listing subscribed to
 * @param tierName the name of the subscribed tier
 * @param totalMonthsSubscribed how many months the user has been subscribed, in total
 * @param isRenewal whether this is a renewal rather than a first purchase
 */
public record RoleSubscriptionData(
    Id<RoleSubscriptionListingMarker> roleSubscriptionListingId,
    String tierName,
    int totalMonthsSubscribed,
    @JsonProperty("is_renewal") boolean isRenewal) {}
