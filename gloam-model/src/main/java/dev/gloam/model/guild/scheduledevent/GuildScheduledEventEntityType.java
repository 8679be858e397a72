package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Where a scheduled event takes place. Maps Discord's "Guild Scheduled Event Entity Types" table
 * (resources/guild-scheduled-event).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class GuildScheduledEventEntityType extends IntEnum {
  private static final IntEnumRegistry<GuildScheduledEventEntityType> VALUES =
      new IntEnumRegistry<>(value -> new GuildScheduledEventEntityType(value, null));

  /** In a stage channel (1). */
  public static final GuildScheduledEventEntityType STAGE_INSTANCE =
      VALUES.register(new GuildScheduledEventEntityType(1, "STAGE_INSTANCE"));

  /** In a voice channel (2). */
  public static final GuildScheduledEventEntityType VOICE =
      VALUES.register(new GuildScheduledEventEntityType(2, "VOICE"));

  /** Somewhere outside Discord, given by the entity metadata's location (3). */
  public static final GuildScheduledEventEntityType EXTERNAL =
      VALUES.register(new GuildScheduledEventEntityType(3, "EXTERNAL"));

  private GuildScheduledEventEntityType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static GuildScheduledEventEntityType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
