package dev.gloam.model.guild.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * The application of a Discord integration. Maps Discord's "Integration Application Object"
 * (resources/guild).
 *
 * @param id the application's id
 * @param name the application's name
 * @param icon the application's icon hash, if any
 * @param description the application's description
 * @param bot the application's bot user, if it has one
 */
public record IntegrationApplication(
    Id<ApplicationMarker> id,
    String name,
    Optional<ImageHash> icon,
    String description,
    @JsonInclude(Include.NON_ABSENT) Optional<User> bot) {}
