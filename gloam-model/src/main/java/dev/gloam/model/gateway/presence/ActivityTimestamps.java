package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * When an activity started and ends. Maps Discord's "Activity Timestamps" (events/gateway-events).
 *
 * @param start when the activity started, in Unix milliseconds
 * @param end when the activity ends, in Unix milliseconds
 */
public record ActivityTimestamps(
    @JsonInclude(Include.NON_ABSENT) Optional<Long> start,
    @JsonInclude(Include.NON_ABSENT) Optional<Long> end) {}
