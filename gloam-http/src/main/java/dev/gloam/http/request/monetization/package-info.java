/**
 * Requests about entitlements, SKUs and subscriptions (resources/entitlement, sku, subscription).
 */
package dev.gloam.http.request.monetization;
