package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.id.marker.SubscriptionMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.monetization.Subscription;

/**
 * Gets one subscription to a SKU. Maps "Get SKU Subscription" ({@code GET
 * /skus/{sku.id}/subscriptions/{subscription.id}}, resources/subscription). Obtained from {@link
 * dev.gloam.http.MonetizationRequests#skuSubscription}.
 *
 * <pre>{@code
 * Subscription sub = client.skuSubscription(skuId, subscriptionId).send().model();
 * }</pre>
 */
public final class GetSkuSubscription extends Request<Subscription> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#skuSubscription} instead.
   *
   * @param transport the client's transport
   * @param skuId the SKU
   * @param subscriptionId the subscription
   */
  public GetSkuSubscription(
      Transport transport, Id<SkuMarker> skuId, Id<SubscriptionMarker> subscriptionId) {
    super(
        transport,
        Route.GET_SKU_SUBSCRIPTION,
        BodyReader.of(Subscription.class),
        skuId,
        subscriptionId);
  }

  /**
   * Names the user the subscription belongs to.
   *
   * @param userId the user
   * @return this request
   */
  public GetSkuSubscription userId(Id<UserMarker> userId) {
    query().set("user_id", userId);
    return this;
  }
}
