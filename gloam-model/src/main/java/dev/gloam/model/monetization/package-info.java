/**
 * Monetization: SKUs, entitlements and subscriptions. Maps Discord's resources/sku,
 * resources/entitlement and resources/subscription sections and the monetization guides.
 */
package dev.gloam.model.monetization;
