package dev.gloam.model.guild.auditlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AuditLogEntryMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;
import java.util.Optional;

/**
 * One administrative action in a guild's audit log. Maps Discord's "Audit Log Entry Object"
 * (resources/audit-log).
 *
 * @param targetId the id of what the action affected (a user, role, channel, webhook, …); for
 *     {@link AuditLogEvent#APPLICATION_COMMAND_PERMISSION_UPDATE} the command's or the app's id;
 *     {@code null} when there is none
 * @param changes what the action changed; absent for actions that change no object
 * @param userId the user or app that acted, or {@code null}
 * @param id the entry's id
 * @param actionType the kind of action
 * @param options more about the action, for the action types that have some
 * @param reason why the action was taken (1 to 512 characters), if the actor said so
 */
public record AuditLogEntry(
    Optional<Id<GenericMarker>> targetId,
    @JsonInclude(Include.NON_ABSENT) Optional<List<AuditLogChange>> changes,
    Optional<Id<UserMarker>> userId,
    Id<AuditLogEntryMarker> id,
    AuditLogEvent actionType,
    @JsonInclude(Include.NON_ABSENT) Optional<AuditLogEntryInfo> options,
    @JsonInclude(Include.NON_ABSENT) Optional<String> reason) {}
