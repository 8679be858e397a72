package dev.gloam.model.monetization;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.SkuMarker;

/**
 * A premium offering of an application. Maps Discord's "SKU Object" (resources/sku).
 *
 * @param id the SKU's id
 * @param type the SKU's kind
 * @param applicationId the application offering it
 * @param name the name shown to customers
 * @param slug the URL slug Discord derived from the name
 * @param flags the SKU's flags, which tell user and guild subscriptions apart
 */
public record Sku(
    Id<SkuMarker> id,
    SkuType type,
    Id<ApplicationMarker> applicationId,
    String name,
    String slug,
    SkuFlags flags) {}
