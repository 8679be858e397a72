/**
 * Requests for guild scheduled events, their exceptions and their subscribers
 * (resources/guild-scheduled-event).
 */
package dev.gloam.http.request.scheduledevent;
