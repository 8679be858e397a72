/**
 * Shards: connections to Discord's gateway that identify, heartbeat and yield typed events. Maps
 * Discord's events/gateway section.
 */
package dev.gloam.gateway;
