package dev.gloam.model.user;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.value.ImageHash;

/**
 * The decoration drawn around a user's avatar. Maps Discord's "Avatar Decoration Data Object"
 * (resources/user).
 *
 * @param asset the decoration's image hash
 * @param skuId the SKU of the decoration
 */
public record AvatarDecorationData(ImageHash asset, Id<SkuMarker> skuId) {}
