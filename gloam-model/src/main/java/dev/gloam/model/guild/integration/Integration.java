package dev.gloam.model.guild.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.IntegrationMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.oauth2.OAuth2Scope;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service connected to a guild: a Twitch or YouTube subscription, an application, or the guild's
 * role subscriptions. Maps Discord's "Integration Object" (resources/guild).
 *
 * <p>The fields about syncing subscribers ({@code syncing} to {@code revoked}) are absent for
 * Discord applications; {@code application} is only sent for them.
 *
 * @param id the integration's id
 * @param name the integration's name
 * @param type the service behind the integration
 * @param enabled whether the integration is turned on
 * @param syncing whether subscribers are being synced
 * @param roleId the role given to subscribers
 * @param enableEmoticons whether the service's emoticons are synced (Twitch only)
 * @param expireBehavior what happens to members whose subscription expires
 * @param expireGracePeriod days of grace before an expired subscription has effect
 * @param user the user who added the integration (older integrations may have none)
 * @param account the account on the service
 * @param syncedAt when the integration was last synced
 * @param subscriberCount how many subscribers the integration has
 * @param revoked whether the integration was revoked
 * @param application the application of a Discord integration
 * @param scopes the OAuth2 scopes the application was authorized with, for Discord integrations
 */
public record Integration(
    Id<IntegrationMarker> id,
    String name,
    IntegrationType type,
    boolean enabled,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> syncing,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<RoleMarker>> roleId,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> enableEmoticons,
    @JsonInclude(Include.NON_ABSENT) Optional<IntegrationExpireBehavior> expireBehavior,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> expireGracePeriod,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    IntegrationAccount account,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> syncedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> subscriberCount,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> revoked,
    @JsonInclude(Include.NON_ABSENT) Optional<IntegrationApplication> application,
    @JsonInclude(Include.NON_ABSENT) Optional<List<OAuth2Scope>> scopes) {}
