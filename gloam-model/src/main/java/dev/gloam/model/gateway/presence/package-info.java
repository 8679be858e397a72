/**
 * Presences and activities: what a user is doing and on which platforms they are online. Maps the
 * "Presence Update" and "Activity Object" sections of Discord's events/gateway-events.
 */
package dev.gloam.model.gateway.presence;
