package dev.gloam.model.guild.scheduledevent;

/**
 * A day of a given week of the month, such as the fourth Wednesday. Maps Discord's "Guild Scheduled
 * Event Recurrence Rule - N_Weekday Structure" (resources/guild-scheduled-event).
 *
 * @param n the week of the month, 1 to 5
 * @param day the day of that week
 */
public record RecurrenceRuleNWeekday(int n, RecurrenceRuleWeekday day) {}
