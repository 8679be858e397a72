package dev.gloam.model.user;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.SkuMarker;

/**
 * The nameplate shown behind a user's name. Maps Discord's "Nameplate" object (resources/user).
 *
 * @param skuId the SKU of the nameplate
 * @param asset the path of the nameplate's asset on the CDN
 * @param label the nameplate's label; Discord does not use it yet
 * @param palette the nameplate's background colour
 */
public record Nameplate(
    Id<SkuMarker> skuId, String asset, String label, NameplatePalette palette) {}
