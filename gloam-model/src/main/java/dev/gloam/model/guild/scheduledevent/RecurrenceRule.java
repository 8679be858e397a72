package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a scheduled event repeats: a subset of iCalendar's recurrence rules. Maps Discord's "Guild
 * Scheduled Event Recurrence Rule Object" (resources/guild-scheduled-event).
 *
 * <p>Discord accepts only some combinations: {@code byWeekday}, {@code byNWeekday} and {@code
 * byMonth} with {@code byMonthDay} exclude each other, and {@code end}, {@code byYearDay} and
 * {@code count} are set by Discord only. Those three are omitted when written if they were absent.
 *
 * @param start when the recurrence starts
 * @param end when the recurrence ends, or {@code null} if it does not
 * @param frequency the unit the event repeats by
 * @param interval how many units lie between two occurrences (2 for every other week)
 * @param byWeekday the days of the week the event falls on, for daily and weekly rules
 * @param byNWeekday the days of given weeks of the month the event falls on, for monthly rules
 * @param byMonth the months the event falls on, for yearly rules
 * @param byMonthDay the days of the month the event falls on, for yearly rules
 * @param byYearDay the days of the year (1 to 364) the event falls on
 * @param count how many times the event occurs in all, or {@code null} without a limit
 */
public record RecurrenceRule(
    Instant start,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> end,
    RecurrenceRuleFrequency frequency,
    int interval,
    Optional<List<RecurrenceRuleWeekday>> byWeekday,
    @JsonProperty("by_n_weekday") Optional<List<RecurrenceRuleNWeekday>> byNWeekday,
    Optional<List<RecurrenceRuleMonth>> byMonth,
    Optional<List<Integer>> byMonthDay,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Integer>> byYearDay,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> count) {}
