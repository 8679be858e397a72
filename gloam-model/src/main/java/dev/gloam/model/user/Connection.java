package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;

/**
 * A third-party account a user linked to Discord. Maps Discord's "Connection Object"
 * (resources/user).
 *
 * @param id the account's id on the service
 * @param name the account's username on the service
 * @param type the service
 * @param revoked whether the connection was revoked
 * @param integrations the guild integrations that use the connection, partial
 * @param verified whether the connection is verified
 * @param friendSync whether friend sync is on
 * @param showActivity whether activities of this connection appear in presence updates
 * @param twoWayLink whether Discord holds an OAuth2 token for the service
 * @param visibility who can see the connection
 */
public record Connection(
    String id,
    String name,
    ConnectionService type,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> revoked,
    @JsonInclude(Include.NON_ABSENT) Optional<List<ConnectionIntegration>> integrations,
    boolean verified,
    boolean friendSync,
    boolean showActivity,
    boolean twoWayLink,
    ConnectionVisibility visibility) {}
