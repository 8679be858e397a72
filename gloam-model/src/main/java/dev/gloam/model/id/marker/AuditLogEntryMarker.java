package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an audit log entry. Never instantiated. */
public final class AuditLogEntryMarker {
  private AuditLogEntryMarker() {}
}
