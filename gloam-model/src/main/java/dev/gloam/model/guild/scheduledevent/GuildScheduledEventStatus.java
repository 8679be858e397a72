package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Where a scheduled event is in its life. Maps Discord's "Guild Scheduled Event Status" table
 * (resources/guild-scheduled-event).
 *
 * <p>An event goes from scheduled to active to completed, or from scheduled to canceled; completed
 * and canceled events cannot change status again.
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class GuildScheduledEventStatus extends IntEnum {
  private static final IntEnumRegistry<GuildScheduledEventStatus> VALUES =
      new IntEnumRegistry<>(value -> new GuildScheduledEventStatus(value, null));

  /** Planned and not started yet (1). */
  public static final GuildScheduledEventStatus SCHEDULED =
      VALUES.register(new GuildScheduledEventStatus(1, "SCHEDULED"));

  /** Under way (2). */
  public static final GuildScheduledEventStatus ACTIVE =
      VALUES.register(new GuildScheduledEventStatus(2, "ACTIVE"));

  /** Over (3). */
  public static final GuildScheduledEventStatus COMPLETED =
      VALUES.register(new GuildScheduledEventStatus(3, "COMPLETED"));

  /** Called off before it started (4). */
  public static final GuildScheduledEventStatus CANCELED =
      VALUES.register(new GuildScheduledEventStatus(4, "CANCELED"));

  private GuildScheduledEventStatus(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static GuildScheduledEventStatus of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
