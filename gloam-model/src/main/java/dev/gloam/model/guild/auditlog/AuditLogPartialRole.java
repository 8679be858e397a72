package dev.gloam.model.guild.auditlog;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;

/**
 * A role added to or removed from a member, as listed in the value of an {@link
 * AuditLogChangeKey#ADD_ROLES} or {@link AuditLogChangeKey#REMOVE_ROLES} change. Maps the partial
 * role of Discord's "Audit Log Change Exceptions" table (resources/audit-log).
 *
 * @param id the role's id
 * @param name the role's name
 */
public record AuditLogPartialRole(Id<RoleMarker> id, String name) {}
