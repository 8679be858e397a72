package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Monetization: SKUs, entitlements and subscriptions (resources/sku, resources/entitlement,
 * resources/subscription).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /applications/{application_id}/entitlements}
 *   <li>{@code POST /applications/{application_id}/entitlements}
 *   <li>{@code DELETE /applications/{application_id}/entitlements/{entitlement_id}}
 *   <li>{@code GET /applications/{application_id}/entitlements/{entitlement_id}}
 *   <li>{@code POST /applications/{application_id}/entitlements/{entitlement_id}/consume}
 *   <li>{@code GET /applications/{application_id}/skus}
 *   <li>{@code GET /skus/{sku_id}/subscriptions}
 *   <li>{@code GET /skus/{sku_id}/subscriptions/{subscription_id}}
 *   <li>{@code GET /users/@me/applications/{application_id}/entitlements}
 * </ul>
 */
public sealed interface MonetizationRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
