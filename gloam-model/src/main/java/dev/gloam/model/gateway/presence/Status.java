package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * A user's online status. Maps Discord's "Status Types" (events/gateway-events, Update Presence).
 *
 * <p>An open enum: statuses Discord adds later are kept as unnamed values.
 */
public final class Status extends StringEnum {
  private static final StringEnumRegistry<Status> VALUES =
      new StringEnumRegistry<>(value -> new Status(value, false));

  /** Online ({@code online}). */
  public static final Status ONLINE = VALUES.register(new Status("online", true));

  /** Do not disturb ({@code dnd}). */
  public static final Status DO_NOT_DISTURB = VALUES.register(new Status("dnd", true));

  /** Away from keyboard ({@code idle}). */
  public static final Status IDLE = VALUES.register(new Status("idle", true));

  /** Shown to others as offline while connected ({@code invisible}); only sent, never received. */
  public static final Status INVISIBLE = VALUES.register(new Status("invisible", true));

  /** Offline ({@code offline}). */
  public static final Status OFFLINE = VALUES.register(new Status("offline", true));

  private Status(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the status with the given wire value.
   *
   * @param value the raw value, such as {@code "dnd"}
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static Status of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
