package dev.gloam.model.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import java.util.HashMap;
import java.util.Map;

/**
 * A gateway opcode: what a payload is. Maps Discord's "Gateway Opcodes" table
 * (topics/opcodes-and-status-codes).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class OpCode extends IntEnum {
  private static final Map<Integer, OpCode> KNOWN = new HashMap<>();

  /** Receive: an event was dispatched (0). */
  public static final OpCode DISPATCH = known(0, "DISPATCH");

  /** Send and receive: keep the connection alive; Discord may ask for one (1). */
  public static final OpCode HEARTBEAT = known(1, "HEARTBEAT");

  /** Send: start a new session (2). */
  public static final OpCode IDENTIFY = known(2, "IDENTIFY");

  /** Send: update the bot's presence (3). */
  public static final OpCode PRESENCE_UPDATE = known(3, "PRESENCE_UPDATE");

  /** Send: join, move or leave voice channels (4). */
  public static final OpCode VOICE_STATE_UPDATE = known(4, "VOICE_STATE_UPDATE");

  /** Send: resume a previous session (6). */
  public static final OpCode RESUME = known(6, "RESUME");

  /** Receive: reconnect and resume now (7). */
  public static final OpCode RECONNECT = known(7, "RECONNECT");

  /** Send: request members of a guild (8). */
  public static final OpCode REQUEST_GUILD_MEMBERS = known(8, "REQUEST_GUILD_MEMBERS");

  /** Receive: the session is invalid; identify again or resume (9). */
  public static final OpCode INVALID_SESSION = known(9, "INVALID_SESSION");

  /** Receive: sent on connect, with the heartbeat interval (10). */
  public static final OpCode HELLO = known(10, "HELLO");

  /** Receive: a heartbeat was received (11). */
  public static final OpCode HEARTBEAT_ACK = known(11, "HEARTBEAT_ACK");

  /** Send: request the soundboard sounds of guilds (31). */
  public static final OpCode REQUEST_SOUNDBOARD_SOUNDS = known(31, "REQUEST_SOUNDBOARD_SOUNDS");

  private OpCode(int value, String name) {
    super(value, name);
  }

  private static OpCode known(int value, String name) {
    OpCode constant = new OpCode(value, name);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * Returns the opcode with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static OpCode of(int value) {
    OpCode constant = KNOWN.get(value);
    return constant != null ? constant : new OpCode(value, null);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
