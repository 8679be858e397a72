package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * The user of a presence: Discord always sends its {@code id} and the other user fields only when
 * they changed. Maps the {@code user} field of Discord's "Presence Update Event Fields"
 * (events/gateway-events).
 *
 * @param id the user's id
 * @param username the username, if sent
 * @param discriminator the legacy tag, if sent
 * @param globalName the display name, if sent (may be {@code null})
 * @param avatar the avatar hash, if sent (may be {@code null})
 * @param bot whether the user is a bot, if sent
 * @param publicFlags the public flags, if sent
 */
public record PresenceUser(
    Id<UserMarker> id,
    @JsonInclude(Include.NON_ABSENT) Optional<String> username,
    @JsonInclude(Include.NON_ABSENT) Optional<String> discriminator,
    @JsonInclude(Include.NON_ABSENT) Optional<String> globalName,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> avatar,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> bot,
    @JsonInclude(Include.NON_ABSENT) Optional<Long> publicFlags) {}
