package dev.gloam.model.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Why Discord closed a gateway connection, with whether reconnecting may help. Maps Discord's
 * "Gateway Close Event Codes" table (topics/opcodes-and-status-codes).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class CloseCode extends IntEnum {
  private static final IntEnumRegistry<CloseCode> VALUES =
      new IntEnumRegistry<>(value -> new CloseCode(value, null, true));

  /** Discord is not sure what went wrong (4000). */
  public static final CloseCode UNKNOWN_ERROR =
      VALUES.register(new CloseCode(4000, "UNKNOWN_ERROR", true));

  /** An invalid opcode or payload was sent (4001). */
  public static final CloseCode UNKNOWN_OPCODE =
      VALUES.register(new CloseCode(4001, "UNKNOWN_OPCODE", true));

  /** A payload Discord could not decode was sent (4002). */
  public static final CloseCode DECODE_ERROR =
      VALUES.register(new CloseCode(4002, "DECODE_ERROR", true));

  /** A payload was sent before identifying (4003). */
  public static final CloseCode NOT_AUTHENTICATED =
      VALUES.register(new CloseCode(4003, "NOT_AUTHENTICATED", true));

  /** The token is wrong (4004). */
  public static final CloseCode AUTHENTICATION_FAILED =
      VALUES.register(new CloseCode(4004, "AUTHENTICATION_FAILED", false));

  /** A second identify was sent (4005). */
  public static final CloseCode ALREADY_AUTHENTICATED =
      VALUES.register(new CloseCode(4005, "ALREADY_AUTHENTICATED", true));

  /** A resume carried an invalid sequence (4007). */
  public static final CloseCode INVALID_SEQ =
      VALUES.register(new CloseCode(4007, "INVALID_SEQ", true));

  /** Payloads were sent too fast (4008). */
  public static final CloseCode RATE_LIMITED =
      VALUES.register(new CloseCode(4008, "RATE_LIMITED", true));

  /** The session timed out (4009). */
  public static final CloseCode SESSION_TIMED_OUT =
      VALUES.register(new CloseCode(4009, "SESSION_TIMED_OUT", true));

  /** An invalid shard was sent when identifying (4010). */
  public static final CloseCode INVALID_SHARD =
      VALUES.register(new CloseCode(4010, "INVALID_SHARD", false));

  /** The bot is in too many guilds for its shard count (4011). */
  public static final CloseCode SHARDING_REQUIRED =
      VALUES.register(new CloseCode(4011, "SHARDING_REQUIRED", false));

  /** The gateway version is invalid (4012). */
  public static final CloseCode INVALID_API_VERSION =
      VALUES.register(new CloseCode(4012, "INVALID_API_VERSION", false));

  /** The intents are invalid (4013). */
  public static final CloseCode INVALID_INTENTS =
      VALUES.register(new CloseCode(4013, "INVALID_INTENTS", false));

  /** A privileged intent is not enabled or approved (4014). */
  public static final CloseCode DISALLOWED_INTENTS =
      VALUES.register(new CloseCode(4014, "DISALLOWED_INTENTS", false));

  private final boolean canReconnect;

  private CloseCode(int value, String name, boolean canReconnect) {
    super(value, name);
    this.canReconnect = canReconnect;
  }

  /**
   * Returns the close code with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static CloseCode of(int value) {
    return VALUES.of(value);
  }

  /**
   * Tells whether reconnecting may succeed; unknown codes are treated as reconnectable.
   *
   * @return tells whether reconnecting may succeed; unknown codes are treated as reconnectable
   */
  public boolean canReconnect() {
    return canReconnect;
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
