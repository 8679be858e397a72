package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * A Discord user: a person or a bot. Maps Discord's "User Object" (resources/user).
 *
 * <p>Fields that Discord sends only in some contexts (for example {@code email} with the {@code
 * email} OAuth2 scope) are {@link Optional}; they are omitted again when written if they were
 * absent.
 *
 * @param id the user's id
 * @param username the user's username
 * @param discriminator the legacy four-digit tag, {@code "0"} for migrated users
 * @param globalName the display name, if the user set one (sent as {@code null} otherwise)
 * @param avatar the avatar hash, if any (sent as {@code null} otherwise)
 * @param bot whether the user is a bot (absent for people)
 * @param system whether the user is Discord's official system user (usually absent)
 * @param mfaEnabled whether two-factor authentication is on (current user only)
 * @param banner the banner hash (sent with full user profiles; may be {@code null})
 * @param accentColor the banner colour as an RGB integer (sent with full user profiles; may be
 *     {@code null})
 * @param locale the chosen language (current user only)
 * @param verified whether the email is verified (with the {@code email} scope)
 * @param email the email address (with the {@code email} scope; may be {@code null})
 * @param flags the user's flags (current user only)
 * @param premiumType the Nitro subscription type (with the {@code identify.premium} scope)
 * @param publicFlags the flags shown on the user's profile
 * @param avatarDecorationData the avatar decoration, if any (may be {@code null})
 * @param collectibles the user's collectibles, such as a nameplate (may be {@code null})
 * @param primaryGuild the guild whose server tag the user shows (may be {@code null})
 */
// isBot() is a convenience, not a property: without this Jackson would write it as "bot".
@JsonAutoDetect(isGetterVisibility = Visibility.NONE)
public record User(
    Id<UserMarker> id,
    String username,
    String discriminator,
    Optional<String> globalName,
    Optional<ImageHash> avatar,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> bot,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> system,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> mfaEnabled,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> banner,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> accentColor,
    @JsonInclude(Include.NON_ABSENT) Optional<DiscordLocale> locale,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> verified,
    @JsonInclude(Include.NON_ABSENT) Optional<String> email,
    @JsonInclude(Include.NON_ABSENT) Optional<UserFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<PremiumType> premiumType,
    @JsonInclude(Include.NON_ABSENT) Optional<UserFlags> publicFlags,
    @JsonInclude(Include.NON_ABSENT) Optional<AvatarDecorationData> avatarDecorationData,
    @JsonInclude(Include.NON_ABSENT) Optional<Collectibles> collectibles,
    @JsonInclude(Include.NON_ABSENT) Optional<UserPrimaryGuild> primaryGuild) {

  /**
   * Tells whether this user is a bot.
   *
   * @return {@code true} only if Discord said so
   */
  public boolean isBot() {
    return bot.orElse(false);
  }

  /**
   * Returns the name to show: the global display name if set, else the username.
   *
   * @return the display name
   */
  public String displayName() {
    return globalName.orElse(username);
  }
}
