package dev.gloam.model.monetization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EntitlementMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.id.marker.SubscriptionMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user's recurring payment for one or more SKUs. Maps Discord's "Subscription Object"
 * (resources/subscription).
 *
 * @param id the subscription's id, which also tells when it started
 * @param userId the subscribed user
 * @param skuIds the SKUs subscribed to
 * @param entitlementIds the entitlements the subscription granted
 * @param renewalSkuIds the SKUs the user will be subscribed to at renewal ({@code null} if
 *     unchanged)
 * @param currentPeriodStart when the current period started
 * @param currentPeriodEnd when the current period ends
 * @param status the subscription's state
 * @param canceledAt when the subscription was canceled, {@code null} if it was not
 * @param country the ISO 3166-1 alpha-2 country of the payment source; only with a private OAuth2
 *     scope
 */
public record Subscription(
    Id<SubscriptionMarker> id,
    Id<UserMarker> userId,
    List<Id<SkuMarker>> skuIds,
    List<Id<EntitlementMarker>> entitlementIds,
    Optional<List<Id<SkuMarker>>> renewalSkuIds,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    SubscriptionStatus status,
    Optional<Instant> canceledAt,
    @JsonInclude(Include.NON_ABSENT) Optional<String> country) {}
