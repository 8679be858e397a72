package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Which messages notify members by default. Maps Discord's "Default Message Notification Level"
 * table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class DefaultMessageNotificationLevel extends IntEnum {
  private static final IntEnumRegistry<DefaultMessageNotificationLevel> VALUES =
      new IntEnumRegistry<>(value -> new DefaultMessageNotificationLevel(value, null));

  /** Every message notifies (0). */
  public static final DefaultMessageNotificationLevel ALL_MESSAGES =
      VALUES.register(new DefaultMessageNotificationLevel(0, "ALL_MESSAGES"));

  /** Only messages mentioning the member notify (1). */
  public static final DefaultMessageNotificationLevel ONLY_MENTIONS =
      VALUES.register(new DefaultMessageNotificationLevel(1, "ONLY_MENTIONS"));

  private DefaultMessageNotificationLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the notification level with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static DefaultMessageNotificationLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
