package dev.gloam.model.webhook;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * The channel a channel follower webhook follows. Maps the partial channel of the {@code
 * source_channel} field of Discord's "Webhook Object" (resources/webhook).
 *
 * @param id the channel's id
 * @param name the channel's name
 */
public record WebhookSourceChannel(Id<ChannelMarker> id, String name) {}
