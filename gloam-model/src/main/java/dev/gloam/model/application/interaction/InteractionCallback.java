package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.Optional;

/**
 * The interaction an interaction callback answered. Maps Discord's "Interaction Callback Object"
 * (interactions/receiving-and-responding).
 *
 * @param id the interaction's id
 * @param type the interaction's type
 * @param activityInstanceId the Activity instance launched or joined, if any
 * @param responseMessageId the message the response created, if any
 * @param responseMessageLoading whether that message is still in its loading state
 * @param responseMessageEphemeral whether that message is ephemeral
 */
public record InteractionCallback(
    Id<InteractionMarker> id,
    InteractionType type,
    @JsonInclude(Include.NON_ABSENT) Optional<String> activityInstanceId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> responseMessageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> responseMessageLoading,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> responseMessageEphemeral) {}
