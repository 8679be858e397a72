package dev.gloam.model.user;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * The partial guild of a {@link ConnectionIntegration}: its id, name and icon. Maps the partial
 * "Guild Object" (resources/guild) sent inside a connection's integrations.
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param icon the icon hash, or empty (sent as {@code null}) if the guild has none
 */
public record ConnectionIntegrationGuild(
    Id<GuildMarker> id, String name, Optional<ImageHash> icon) {}
