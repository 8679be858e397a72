package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Whether an application receives webhook events. Maps Discord's "Application Event Webhook Status"
 * table (resources/application).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ApplicationEventWebhookStatus extends IntEnum {
  private static final IntEnumRegistry<ApplicationEventWebhookStatus> VALUES =
      new IntEnumRegistry<>(value -> new ApplicationEventWebhookStatus(value, null));

  /** The developer turned webhook events off (1), the default. */
  public static final ApplicationEventWebhookStatus DISABLED =
      VALUES.register(new ApplicationEventWebhookStatus(1, "DISABLED"));

  /** The developer turned webhook events on (2). */
  public static final ApplicationEventWebhookStatus ENABLED =
      VALUES.register(new ApplicationEventWebhookStatus(2, "ENABLED"));

  /** Discord turned webhook events off, usually for inactivity (3). */
  public static final ApplicationEventWebhookStatus DISABLED_BY_DISCORD =
      VALUES.register(new ApplicationEventWebhookStatus(3, "DISABLED_BY_DISCORD"));

  private ApplicationEventWebhookStatus(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the status with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ApplicationEventWebhookStatus of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
