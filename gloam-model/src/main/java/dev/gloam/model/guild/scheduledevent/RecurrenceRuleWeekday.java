package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * A day of the week in a recurrence rule, counted from Monday. Maps Discord's "Guild Scheduled
 * Event Recurrence Rule - Weekday" table (resources/guild-scheduled-event).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class RecurrenceRuleWeekday extends IntEnum {
  private static final IntEnumRegistry<RecurrenceRuleWeekday> VALUES =
      new IntEnumRegistry<>(value -> new RecurrenceRuleWeekday(value, null));

  /** Monday (0). */
  public static final RecurrenceRuleWeekday MONDAY =
      VALUES.register(new RecurrenceRuleWeekday(0, "MONDAY"));

  /** Tuesday (1). */
  public static final RecurrenceRuleWeekday TUESDAY =
      VALUES.register(new RecurrenceRuleWeekday(1, "TUESDAY"));

  /** Wednesday (2). */
  public static final RecurrenceRuleWeekday WEDNESDAY =
      VALUES.register(new RecurrenceRuleWeekday(2, "WEDNESDAY"));

  /** Thursday (3). */
  public static final RecurrenceRuleWeekday THURSDAY =
      VALUES.register(new RecurrenceRuleWeekday(3, "THURSDAY"));

  /** Friday (4). */
  public static final RecurrenceRuleWeekday FRIDAY =
      VALUES.register(new RecurrenceRuleWeekday(4, "FRIDAY"));

  /** Saturday (5). */
  public static final RecurrenceRuleWeekday SATURDAY =
      VALUES.register(new RecurrenceRuleWeekday(5, "SATURDAY"));

  /** Sunday (6). */
  public static final RecurrenceRuleWeekday SUNDAY =
      VALUES.register(new RecurrenceRuleWeekday(6, "SUNDAY"));

  private RecurrenceRuleWeekday(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static RecurrenceRuleWeekday of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
