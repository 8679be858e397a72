/**
 * Checks of guild scheduled event fields: name, description, location, what each entity type needs,
 * times and page sizes (resources/guild-scheduled-event).
 */
package dev.gloam.validate.scheduledevent;
