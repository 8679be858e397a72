package dev.gloam.model.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * A gateway opcode: what a payload is. Maps Discord's "Gateway Opcodes" table
 * (topics/opcodes-and-status-codes).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class OpCode extends IntEnum {
  private static final IntEnumRegistry<OpCode> VALUES =
      new IntEnumRegistry<>(value -> new OpCode(value, null));

  /** Receive: an event was dispatched (0). */
  public static final OpCode DISPATCH = VALUES.register(new OpCode(0, "DISPATCH"));

  /** Send and receive: keep the connection alive; Discord may ask for one (1). */
  public static final OpCode HEARTBEAT = VALUES.register(new OpCode(1, "HEARTBEAT"));

  /** Send: start a new session (2). */
  public static final OpCode IDENTIFY = VALUES.register(new OpCode(2, "IDENTIFY"));

  /** Send: update the bot's presence (3). */
  public static final OpCode PRESENCE_UPDATE = VALUES.register(new OpCode(3, "PRESENCE_UPDATE"));

  /** Send: join, move or leave voice channels (4). */
  public static final OpCode VOICE_STATE_UPDATE =
      VALUES.register(new OpCode(4, "VOICE_STATE_UPDATE"));

  /** Send: resume a previous session (6). */
  public static final OpCode RESUME = VALUES.register(new OpCode(6, "RESUME"));

  /** Receive: reconnect and resume now (7). */
  public static final OpCode RECONNECT = VALUES.register(new OpCode(7, "RECONNECT"));

  /** Send: request members of a guild (8). */
  public static final OpCode REQUEST_GUILD_MEMBERS =
      VALUES.register(new OpCode(8, "REQUEST_GUILD_MEMBERS"));

  /** Receive: the session is invalid; identify again or resume (9). */
  public static final OpCode INVALID_SESSION = VALUES.register(new OpCode(9, "INVALID_SESSION"));

  /** Receive: sent on connect, with the heartbeat interval (10). */
  public static final OpCode HELLO = VALUES.register(new OpCode(10, "HELLO"));

  /** Receive: a heartbeat was received (11). */
  public static final OpCode HEARTBEAT_ACK = VALUES.register(new OpCode(11, "HEARTBEAT_ACK"));

  /** Send: request the soundboard sounds of guilds (31). */
  public static final OpCode REQUEST_SOUNDBOARD_SOUNDS =
      VALUES.register(new OpCode(31, "REQUEST_SOUNDBOARD_SOUNDS"));

  /** Send: request ephemeral data (status, start time) of a guild's voice channels (43). */
  public static final OpCode REQUEST_CHANNEL_INFO =
      VALUES.register(new OpCode(43, "REQUEST_CHANNEL_INFO"));

  private OpCode(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the opcode with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static OpCode of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
