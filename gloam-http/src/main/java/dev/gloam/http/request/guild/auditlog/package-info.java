/** Requests for a guild's audit log (resources/audit-log). */
package dev.gloam.http.request.guild.auditlog;
