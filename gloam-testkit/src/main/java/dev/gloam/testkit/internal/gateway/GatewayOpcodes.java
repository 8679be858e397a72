package dev.gloam.testkit.internal.gateway;

/** The gateway opcodes, numbered as Discord numbers them. */
public final class GatewayOpcodes {

  /** An event dispatched to the client. */
  public static final int DISPATCH = 0;

  /** A heartbeat, sent by the client (or asked for by the server). */
  public static final int HEARTBEAT = 1;

  /** The client starts a new session. */
  public static final int IDENTIFY = 2;

  /** The client changes its presence. */
  public static final int PRESENCE_UPDATE = 3;

  /** The client joins, moves between or leaves voice channels. */
  public static final int VOICE_STATE_UPDATE = 4;

  /** The client resumes a dropped session. */
  public static final int RESUME = 6;

  /** The server asks the client to reconnect and resume. */
  public static final int RECONNECT = 7;

  /** The client asks for the members of a guild. */
  public static final int REQUEST_GUILD_MEMBERS = 8;

  /** The server says the session is gone. */
  public static final int INVALID_SESSION = 9;

  /** The first payload of every connection, with the heartbeat interval. */
  public static final int HELLO = 10;

  /** The server acknowledges a heartbeat. */
  public static final int HEARTBEAT_ACK = 11;

  /** The client asks for the soundboard sounds of guilds. */
  public static final int REQUEST_SOUNDBOARD_SOUNDS = 31;

  private GatewayOpcodes() {}

  /**
   * Names an opcode for wire summaries.
   *
   * @param op the opcode
   * @return its name, or {@code op N} if unknown
   */
  public static String name(int op) {
    return switch (op) {
      case DISPATCH -> "DISPATCH";
      case HEARTBEAT -> "HEARTBEAT";
      case IDENTIFY -> "IDENTIFY";
      case PRESENCE_UPDATE -> "PRESENCE_UPDATE";
      case VOICE_STATE_UPDATE -> "VOICE_STATE_UPDATE";
      case RESUME -> "RESUME";
      case RECONNECT -> "RECONNECT";
      case REQUEST_GUILD_MEMBERS -> "REQUEST_GUILD_MEMBERS";
      case INVALID_SESSION -> "INVALID_SESSION";
      case HELLO -> "HELLO";
      case HEARTBEAT_ACK -> "HEARTBEAT_ACK";
      case REQUEST_SOUNDBOARD_SOUNDS -> "REQUEST_SOUNDBOARD_SOUNDS";
      default -> "op " + op;
    };
  }
}
