package dev.gloam.model.channel.message;

import java.time.Instant;

/**
 * A pinned message and when it was pinned. Maps Discord's "Message Pin Object" (resources/message).
 *
 * @param pinnedAt when the message was pinned
 * @param message the pinned message
 */
public record MessagePin(Instant pinnedAt, Message message) {}
