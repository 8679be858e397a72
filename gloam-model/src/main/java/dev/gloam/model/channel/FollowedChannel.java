package dev.gloam.model.channel;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * The result of following an announcement channel. Maps Discord's "Followed Channel Object"
 * (resources/channel).
 *
 * @param channelId the announcement channel being followed
 * @param webhookId the webhook created in the target channel to receive its messages
 */
public record FollowedChannel(Id<ChannelMarker> channelId, Id<WebhookMarker> webhookId) {}
