package dev.gloam.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a webhook. Maps Discord's "Webhook Types" table (resources/webhook).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class WebhookType extends IntEnum {
  private static final IntEnumRegistry<WebhookType> VALUES =
      new IntEnumRegistry<>(value -> new WebhookType(value, null));

  /** Posts messages with a token (1). */
  public static final WebhookType INCOMING = VALUES.register(new WebhookType(1, "INCOMING"));

  /** Posts messages of a followed announcement channel (2). */
  public static final WebhookType CHANNEL_FOLLOWER =
      VALUES.register(new WebhookType(2, "CHANNEL_FOLLOWER"));

  /** Belongs to an application and answers interactions (3). */
  public static final WebhookType APPLICATION = VALUES.register(new WebhookType(3, "APPLICATION"));

  private WebhookType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static WebhookType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
