package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.guild.auditlog.AuditLogEntry;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * An entry was added to a guild's audit log. Maps Discord's "Guild Audit Log Entry Create" event
 * (events/gateway-events), whose {@code d} is an audit log entry with an extra {@code guild_id};
 * sent only to bots with the {@code VIEW_AUDIT_LOG} permission.
 *
 * @param entry the new entry, whose fields are inlined in {@code d}
 * @param guildId the guild
 */
public record GuildAuditLogEntryCreate(@JsonUnwrapped AuditLogEntry entry, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_AUDIT_LOG_ENTRY_CREATE;
  }
}
