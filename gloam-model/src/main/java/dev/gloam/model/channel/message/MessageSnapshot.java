package dev.gloam.model.channel.message;

/**
 * The copy of a forwarded message, taken when it was forwarded and never updated. Maps Discord's
 * "Message Snapshot Structure" (resources/message).
 *
 * @param message the forwarded message's content, a subset of its fields
 */
public record MessageSnapshot(SnapshotMessage message) {}
