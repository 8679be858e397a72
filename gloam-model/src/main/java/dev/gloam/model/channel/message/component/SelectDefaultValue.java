package dev.gloam.model.channel.message.component;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;

/**
 * A user, role or channel that an auto-populated select menu shows as chosen in advance. Maps
 * Discord's "Select Default Value Structure" (components/reference).
 *
 * <p>The id's marker is generic because one list may mix users and roles (mentionable selects);
 * {@link Id#cast()} gives it the marker that {@code type} names.
 *
 * @param id the id of the user, role or channel
 * @param type which kind of resource {@code id} names
 */
public record SelectDefaultValue(Id<GenericMarker> id, SelectDefaultValueType type) {}
