package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * A user's status on each platform. Maps Discord's "Client Status Object" (events/gateway-events);
 * a platform is absent when the user has no session on it.
 *
 * @param desktop the status of a desktop application session
 * @param mobile the status of a mobile application session
 * @param web the status of a web session (browsers and bots)
 * @param vr the status of a virtual reality session
 */
public record ClientStatus(
    @JsonInclude(Include.NON_ABSENT) Optional<Status> desktop,
    @JsonInclude(Include.NON_ABSENT) Optional<Status> mobile,
    @JsonInclude(Include.NON_ABSENT) Optional<Status> web,
    @JsonInclude(Include.NON_ABSENT) Optional<Status> vr) {}
