package dev.gloam.model.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import java.util.HashMap;
import java.util.Map;

/**
 * Why Discord closed a gateway connection, with whether reconnecting may help. Maps Discord's
 * "Gateway Close Event Codes" table (topics/opcodes-and-status-codes).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class CloseCode extends IntEnum {
  private static final Map<Integer, CloseCode> KNOWN = new HashMap<>();

  /** Discord is not sure what went wrong (4000). */
  public static final CloseCode UNKNOWN_ERROR = known(4000, "UNKNOWN_ERROR", true);

  /** An invalid opcode or payload was sent (4001). */
  public static final CloseCode UNKNOWN_OPCODE = known(4001, "UNKNOWN_OPCODE", true);

  /** A payload Discord could not decode was sent (4002). */
  public static final CloseCode DECODE_ERROR = known(4002, "DECODE_ERROR", true);

  /** A payload was sent before identifying (4003). */
  public static final CloseCode NOT_AUTHENTICATED = known(4003, "NOT_AUTHENTICATED", true);

  /** The token is wrong (4004). */
  public static final CloseCode AUTHENTICATION_FAILED = known(4004, "AUTHENTICATION_FAILED", false);

  /** A second identify was sent (4005). */
  public static final CloseCode ALREADY_AUTHENTICATED = known(4005, "ALREADY_AUTHENTICATED", true);

  /** A resume carried an invalid sequence (4007). */
  public static final CloseCode INVALID_SEQ = known(4007, "INVALID_SEQ", true);

  /** Payloads were sent too fast (4008). */
  public static final CloseCode RATE_LIMITED = known(4008, "RATE_LIMITED", true);

  /** The session timed out (4009). */
  public static final CloseCode SESSION_TIMED_OUT = known(4009, "SESSION_TIMED_OUT", true);

  /** An invalid shard was sent when identifying (4010). */
  public static final CloseCode INVALID_SHARD = known(4010, "INVALID_SHARD", false);

  /** The bot is in too many guilds for its shard count (4011). */
  public static final CloseCode SHARDING_REQUIRED = known(4011, "SHARDING_REQUIRED", false);

  /** The gateway version is invalid (4012). */
  public static final CloseCode INVALID_API_VERSION = known(4012, "INVALID_API_VERSION", false);

  /** The intents are invalid (4013). */
  public static final CloseCode INVALID_INTENTS = known(4013, "INVALID_INTENTS", false);

  /** A privileged intent is not enabled or approved (4014). */
  public static final CloseCode DISALLOWED_INTENTS = known(4014, "DISALLOWED_INTENTS", false);

  private final boolean canReconnect;

  private CloseCode(int value, String name, boolean canReconnect) {
    super(value, name);
    this.canReconnect = canReconnect;
  }

  private static CloseCode known(int value, String name, boolean canReconnect) {
    CloseCode constant = new CloseCode(value, name, canReconnect);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * Returns the close code with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static CloseCode of(int value) {
    CloseCode constant = KNOWN.get(value);
    return constant != null ? constant : new CloseCode(value, null, true);
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
