package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.Message;
import java.util.Optional;

/**
 * What an interaction response created. Maps Discord's "Interaction Callback Resource Object"
 * (interactions/receiving-and-responding).
 *
 * @param type the callback type of the response
 * @param activityInstance the launched Activity, for {@code LAUNCH_ACTIVITY} responses
 * @param message the created or updated message, for {@code CHANNEL_MESSAGE_WITH_SOURCE} and {@code
 *     UPDATE_MESSAGE} responses
 */
public record InteractionCallbackResource(
    InteractionCallbackType type,
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionCallbackActivityInstance> activityInstance,
    @JsonInclude(Include.NON_ABSENT) Optional<Message> message) {}
