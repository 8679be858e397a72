package dev.gloam.model.guild.sticker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.model.id.marker.StickerPackBannerMarker;
import dev.gloam.model.id.marker.StickerPackMarker;
import java.util.List;
import java.util.Optional;

/**
 * A pack of standard stickers. Maps Discord's "Sticker Pack Object" (resources/sticker).
 *
 * @param id the pack's id
 * @param stickers the stickers in the pack
 * @param name the pack's name
 * @param skuId the pack's SKU
 * @param coverStickerId the sticker shown as the pack's icon, if any
 * @param description the pack's description
 * @param bannerAssetId the id of the pack's banner image, if any
 */
public record StickerPack(
    Id<StickerPackMarker> id,
    List<Sticker> stickers,
    String name,
    Id<SkuMarker> skuId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<StickerMarker>> coverStickerId,
    String description,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<StickerPackBannerMarker>> bannerAssetId) {}
