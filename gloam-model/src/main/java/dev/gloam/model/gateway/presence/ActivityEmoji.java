package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import java.util.Optional;

/**
 * The emoji of a custom status. Maps Discord's "Activity Emoji" (events/gateway-events).
 *
 * @param name the emoji's name, or the unicode character
 * @param id the custom emoji's id
 * @param animated whether the custom emoji is animated
 */
public record ActivityEmoji(
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<EmojiMarker>> id,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> animated) {}
