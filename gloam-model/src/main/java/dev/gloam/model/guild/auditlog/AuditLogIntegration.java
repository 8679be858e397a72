package dev.gloam.model.guild.auditlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.integration.IntegrationAccount;
import dev.gloam.model.guild.integration.IntegrationType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.IntegrationMarker;
import java.util.Optional;

/**
 * An integration an audit log refers to, in its partial form. Maps Discord's "Example Partial
 * Integration Object" (resources/audit-log); the whole object is {@link
 * dev.gloam.model.guild.integration.Integration}.
 *
 * @param id the integration's id
 * @param name the integration's name
 * @param type the integration's service, such as {@code twitch} or {@code discord}
 * @param account the account the integration connects
 * @param applicationId the application of a Discord integration (absent for other services)
 */
public record AuditLogIntegration(
    Id<IntegrationMarker> id,
    String name,
    IntegrationType type,
    IntegrationAccount account,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ApplicationMarker>> applicationId) {}
