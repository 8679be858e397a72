/**
 * Guild scheduled events, their recurrence rules and subscribers. Maps Discord's
 * resources/guild-scheduled-event.
 */
package dev.gloam.model.guild.scheduledevent;
