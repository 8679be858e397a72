package dev.gloam.http;

import dev.gloam.http.request.monetization.ConsumeEntitlement;
import dev.gloam.http.request.monetization.CreateTestEntitlement;
import dev.gloam.http.request.monetization.DeleteTestEntitlement;
import dev.gloam.http.request.monetization.GetCurrentUserEntitlements;
import dev.gloam.http.request.monetization.GetEntitlement;
import dev.gloam.http.request.monetization.GetEntitlements;
import dev.gloam.http.request.monetization.GetSkuSubscription;
import dev.gloam.http.request.monetization.GetSkuSubscriptions;
import dev.gloam.http.request.monetization.GetSkus;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EntitlementMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.id.marker.SubscriptionMarker;

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

  /**
   * Lists the app's entitlements, filtered and paged by the query parameters. Maps "List
   * Entitlements" ({@code GET /applications/{application.id}/entitlements}, resources/entitlement).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetEntitlements entitlements(Id<ApplicationMarker> applicationId) {
    return new GetEntitlements(transport(), applicationId);
  }

  /**
   * Gets one of the app's entitlements. Maps "Get Entitlement" ({@code GET
   * /applications/{application.id}/entitlements/{entitlement.id}}, resources/entitlement).
   *
   * @param applicationId the application
   * @param entitlementId the entitlement
   * @return the request
   */
  default GetEntitlement entitlement(
      Id<ApplicationMarker> applicationId, Id<EntitlementMarker> entitlementId) {
    return new GetEntitlement(transport(), applicationId, entitlementId);
  }

  /**
   * Grants a user or a guild a free test entitlement to a SKU, to test premium features without
   * paying. Maps "Create Test Entitlement" ({@code POST
   * /applications/{application.id}/entitlements}, resources/entitlement).
   *
   * @param applicationId the application
   * @param skuId the SKU
   * @param ownerId the user or guild who gets it
   * @param ownerType whether the owner is a guild or a user
   * @return the request
   */
  default CreateTestEntitlement createTestEntitlement(
      Id<ApplicationMarker> applicationId,
      Id<SkuMarker> skuId,
      Id<GenericMarker> ownerId,
      CreateTestEntitlement.OwnerType ownerType) {
    return new CreateTestEntitlement(transport(), applicationId, skuId, ownerId, ownerType);
  }

  /**
   * Deletes a test entitlement. Maps "Delete Test Entitlement" ({@code DELETE
   * /applications/{application.id}/entitlements/{entitlement.id}}, resources/entitlement).
   *
   * @param applicationId the application
   * @param entitlementId the entitlement
   * @return the request
   */
  default DeleteTestEntitlement deleteTestEntitlement(
      Id<ApplicationMarker> applicationId, Id<EntitlementMarker> entitlementId) {
    return new DeleteTestEntitlement(transport(), applicationId, entitlementId);
  }

  /**
   * Marks a one-time purchase entitlement as used, so that the user can buy it again. Maps "Consume
   * an Entitlement" ({@code POST
   * /applications/{application.id}/entitlements/{entitlement.id}/consume}, resources/entitlement).
   *
   * @param applicationId the application
   * @param entitlementId the entitlement
   * @return the request
   */
  default ConsumeEntitlement consumeEntitlement(
      Id<ApplicationMarker> applicationId, Id<EntitlementMarker> entitlementId) {
    return new ConsumeEntitlement(transport(), applicationId, entitlementId);
  }

  /**
   * Lists the app's SKUs: what users and guilds can buy. Maps "List SKUs" ({@code GET
   * /applications/{application.id}/skus}, resources/sku).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetSkus skus(Id<ApplicationMarker> applicationId) {
    return new GetSkus(transport(), applicationId);
  }

  /**
   * Lists the subscriptions to a SKU, paged; bots must name the user. Maps "List SKU Subscriptions"
   * ({@code GET /skus/{sku.id}/subscriptions}, resources/subscription).
   *
   * @param skuId the SKU
   * @return the request
   */
  default GetSkuSubscriptions skuSubscriptions(Id<SkuMarker> skuId) {
    return new GetSkuSubscriptions(transport(), skuId);
  }

  /**
   * Gets one subscription to a SKU. Maps "Get SKU Subscription" ({@code GET
   * /skus/{sku.id}/subscriptions/{subscription.id}}, resources/subscription).
   *
   * @param skuId the SKU
   * @param subscriptionId the subscription
   * @return the request
   */
  default GetSkuSubscription skuSubscription(
      Id<SkuMarker> skuId, Id<SubscriptionMarker> subscriptionId) {
    return new GetSkuSubscription(transport(), skuId, subscriptionId);
  }

  /**
   * Lists the entitlements of the user a Bearer token belongs to, to one application. Maps "Get
   * Current User Application Entitlements" ({@code GET
   * /users/@me/applications/{application.id}/entitlements}, in Discord's OpenAPI description).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetCurrentUserEntitlements currentUserEntitlements(Id<ApplicationMarker> applicationId) {
    return new GetCurrentUserEntitlements(transport(), applicationId);
  }
}
