package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Who can see a scheduled event. Maps Discord's "Guild Scheduled Event Privacy Level" table
 * (resources/guild-scheduled-event).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class GuildScheduledEventPrivacyLevel extends IntEnum {
  private static final IntEnumRegistry<GuildScheduledEventPrivacyLevel> VALUES =
      new IntEnumRegistry<>(value -> new GuildScheduledEventPrivacyLevel(value, null));

  /** Only members of the guild can see the event (2). */
  public static final GuildScheduledEventPrivacyLevel GUILD_ONLY =
      VALUES.register(new GuildScheduledEventPrivacyLevel(2, "GUILD_ONLY"));

  private GuildScheduledEventPrivacyLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static GuildScheduledEventPrivacyLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
