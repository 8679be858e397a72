package dev.gloam.model.channel.message;

import java.util.List;

/**
 * A page of a channel's pinned messages, newest pin first. Maps the response structure of Discord's
 * "Get Channel Pins" endpoint (resources/message).
 *
 * @param items the pins of this page
 * @param hasMore whether older pins remain; ask again with {@code before} set to the last {@code
 *     pinned_at}
 */
public record ChannelPins(List<MessagePin> items, boolean hasMore) {}
