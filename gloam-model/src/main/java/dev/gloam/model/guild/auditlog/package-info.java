/** A guild's audit log: entries, their changes and options. Maps Discord's resources/audit-log. */
package dev.gloam.model.guild.auditlog;
