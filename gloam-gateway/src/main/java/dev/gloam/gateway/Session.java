package dev.gloam.gateway;

/**
 * A gateway session: its id and the last sequence number received. Maps the {@code session_id} of
 * Discord's "Ready" event and the {@code seq} that resuming needs (events/gateway, "Resuming").
 *
 * @param id the session id from {@code READY}
 * @param sequence the last sequence number received
 */
public record Session(String id, long sequence) {}
