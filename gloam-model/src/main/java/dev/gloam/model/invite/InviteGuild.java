package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.guild.NsfwLevel;
import dev.gloam.model.guild.VerificationLevel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * The partial guild an invite carries. Maps the "partial guild object" of Discord's "Invite Object"
 * (resources/invite), whose fields are those of the guild's public preview.
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param splash the invite splash hash, if any (sent as {@code null} otherwise)
 * @param banner the banner hash, if any (sent as {@code null} otherwise)
 * @param description the guild's description, if any (sent as {@code null} otherwise)
 * @param icon the icon hash, if any (sent as {@code null} otherwise)
 * @param features the guild's features
 * @param verificationLevel the verification level members need to meet
 * @param vanityUrlCode the vanity invite code, if any (sent as {@code null} otherwise)
 * @param nsfwLevel the guild's age-restriction level
 * @param premiumSubscriptionCount the number of boosts
 */
public record InviteGuild(
    Id<GuildMarker> id,
    String name,
    Optional<ImageHash> splash,
    Optional<ImageHash> banner,
    Optional<String> description,
    Optional<ImageHash> icon,
    List<GuildFeature> features,
    VerificationLevel verificationLevel,
    Optional<String> vanityUrlCode,
    NsfwLevel nsfwLevel,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> premiumSubscriptionCount) {}
