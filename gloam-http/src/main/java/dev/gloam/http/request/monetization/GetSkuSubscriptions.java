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
import dev.gloam.validate.Check;
import java.util.List;

/**
 * Lists the subscriptions to a SKU, paged; bots must name the user. Maps "List SKU Subscriptions"
 * ({@code GET /skus/{sku.id}/subscriptions}, resources/subscription). Obtained from {@link
 * dev.gloam.http.MonetizationRequests#skuSubscriptions}.
 *
 * <pre>{@code
 * List<Subscription> subs = client.skuSubscriptions(skuId).userId(userId).send().model();
 * }</pre>
 */
public final class GetSkuSubscriptions extends Request<List<Subscription>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#skuSubscriptions} instead.
   *
   * @param transport the client's transport
   * @param skuId the SKU
   */
  public GetSkuSubscriptions(Transport transport, Id<SkuMarker> skuId) {
    super(transport, Route.GET_SKU_SUBSCRIPTIONS, BodyReader.listOf(Subscription.class), skuId);
  }

  /**
   * Pages backwards: only subscriptions before this one.
   *
   * @param before the subscription id
   * @return this request
   */
  public GetSkuSubscriptions before(Id<SubscriptionMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Pages forwards: only subscriptions after this one.
   *
   * @param after the subscription id
   * @return this request
   */
  public GetSkuSubscriptions after(Id<SubscriptionMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many subscriptions to return.
   *
   * @param limit 1 to 100, 50 by default
   * @return this request
   */
  public GetSkuSubscriptions limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 100));
    return this;
  }

  /**
   * Lists only one user's subscriptions; required when a bot token asks.
   *
   * @param userId the user
   * @return this request
   */
  public GetSkuSubscriptions userId(Id<UserMarker> userId) {
    query().set("user_id", userId);
    return this;
  }
}
