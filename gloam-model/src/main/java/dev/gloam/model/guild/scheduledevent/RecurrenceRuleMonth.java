package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * A month in a recurrence rule, counted from January as 1. Maps Discord's "Guild Scheduled Event
 * Recurrence Rule - Month" table (resources/guild-scheduled-event).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class RecurrenceRuleMonth extends IntEnum {
  private static final IntEnumRegistry<RecurrenceRuleMonth> VALUES =
      new IntEnumRegistry<>(value -> new RecurrenceRuleMonth(value, null));

  /** January (1). */
  public static final RecurrenceRuleMonth JANUARY =
      VALUES.register(new RecurrenceRuleMonth(1, "JANUARY"));

  /** February (2). */
  public static final RecurrenceRuleMonth FEBRUARY =
      VALUES.register(new RecurrenceRuleMonth(2, "FEBRUARY"));

  /** March (3). */
  public static final RecurrenceRuleMonth MARCH =
      VALUES.register(new RecurrenceRuleMonth(3, "MARCH"));

  /** April (4). */
  public static final RecurrenceRuleMonth APRIL =
      VALUES.register(new RecurrenceRuleMonth(4, "APRIL"));

  /** May (5). */
  public static final RecurrenceRuleMonth MAY = VALUES.register(new RecurrenceRuleMonth(5, "MAY"));

  /** June (6). */
  public static final RecurrenceRuleMonth JUNE =
      VALUES.register(new RecurrenceRuleMonth(6, "JUNE"));

  /** July (7). */
  public static final RecurrenceRuleMonth JULY =
      VALUES.register(new RecurrenceRuleMonth(7, "JULY"));

  /** August (8). */
  public static final RecurrenceRuleMonth AUGUST =
      VALUES.register(new RecurrenceRuleMonth(8, "AUGUST"));

  /** September (9). */
  public static final RecurrenceRuleMonth SEPTEMBER =
      VALUES.register(new RecurrenceRuleMonth(9, "SEPTEMBER"));

  /** October (10). */
  public static final RecurrenceRuleMonth OCTOBER =
      VALUES.register(new RecurrenceRuleMonth(10, "OCTOBER"));

  /** November (11). */
  public static final RecurrenceRuleMonth NOVEMBER =
      VALUES.register(new RecurrenceRuleMonth(11, "NOVEMBER"));

  /** December (12). */
  public static final RecurrenceRuleMonth DECEMBER =
      VALUES.register(new RecurrenceRuleMonth(12, "DECEMBER"));

  private RecurrenceRuleMonth(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static RecurrenceRuleMonth of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
