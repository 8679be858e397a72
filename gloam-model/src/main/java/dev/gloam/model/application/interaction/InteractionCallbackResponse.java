package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * What the interaction callback endpoint returns when called with {@code with_response=true}. Maps
 * Discord's "Interaction Callback Response Object" (interactions/receiving-and-responding).
 *
 * @param interaction the interaction that was answered
 * @param resource what the response created, if anything
 */
public record InteractionCallbackResponse(
    InteractionCallback interaction,
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionCallbackResource> resource) {}
