package dev.gloam.model.monetization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EntitlementMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's or a guild's access to one of an application's SKUs. Maps Discord's "Entitlement Object"
 * (resources/entitlement).
 *
 * @param id the entitlement's id
 * @param skuId the SKU it grants
 * @param applicationId the application the SKU belongs to
 * @param userId the user granted access, for user entitlements
 * @param type how the entitlement was obtained
 * @param deleted whether the entitlement was deleted
 * @param startsAt when the entitlement starts, {@code null} if it has no start
 * @param endsAt when the entitlement ends, {@code null} if it does not end
 * @param guildId the guild granted access, for guild entitlements
 * @param consumed whether a consumable entitlement was used up
 */
public record Entitlement(
    Id<EntitlementMarker> id,
    Id<SkuMarker> skuId,
    Id<ApplicationMarker> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<UserMarker>> userId,
    EntitlementType type,
    boolean deleted,
    Optional<Instant> startsAt,
    Optional<Instant> endsAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> consumed) {}
