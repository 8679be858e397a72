/**
 * Channels: the channel object with its types, flags and permission overwrites. Maps Discord's
 * resources/channel section; threads and forums have their own subpackages.
 */
package dev.gloam.model.channel;
