package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The unit by which a scheduled event repeats. Maps Discord's "Guild Scheduled Event Recurrence
 * Rule - Frequency" table (resources/guild-scheduled-event).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class RecurrenceRuleFrequency extends IntEnum {
  private static final IntEnumRegistry<RecurrenceRuleFrequency> VALUES =
      new IntEnumRegistry<>(value -> new RecurrenceRuleFrequency(value, null));

  /** Once a year, or every few years (0). */
  public static final RecurrenceRuleFrequency YEARLY =
      VALUES.register(new RecurrenceRuleFrequency(0, "YEARLY"));

  /** Once a month, or every few months (1). */
  public static final RecurrenceRuleFrequency MONTHLY =
      VALUES.register(new RecurrenceRuleFrequency(1, "MONTHLY"));

  /** Once a week, or every few weeks (2). */
  public static final RecurrenceRuleFrequency WEEKLY =
      VALUES.register(new RecurrenceRuleFrequency(2, "WEEKLY"));

  /** Every day, or every few days (3). */
  public static final RecurrenceRuleFrequency DAILY =
      VALUES.register(new RecurrenceRuleFrequency(3, "DAILY"));

  private RecurrenceRuleFrequency(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static RecurrenceRuleFrequency of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
