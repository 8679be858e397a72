package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;

/**
 * The party a player is in. Maps Discord's "Activity Party" (events/gateway-events).
 *
 * @param id the party's id
 * @param size the party's current and maximum size, as a pair
 */
public record ActivityParty(
    @JsonInclude(Include.NON_ABSENT) Optional<String> id,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Integer>> size) {}
