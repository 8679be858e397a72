package dev.gloam.testkit.internal.gateway;

/** The gateway's own close codes with the reasons Discord sends along. */
public enum GatewayCloseCode {
  /** Something unexpected failed on the server. */
  UNKNOWN_ERROR(4000, "Unknown error"),
  /** The client sent an opcode that does not exist or may not be sent by clients. */
  UNKNOWN_OPCODE(4001, "Unknown opcode"),
  /** The client sent a payload that could not be decoded. */
  DECODE_ERROR(4002, "Decode error"),
  /** The client sent a payload before identifying. */
  NOT_AUTHENTICATED(4003, "Not authenticated"),
  /** The token in IDENTIFY is wrong. */
  AUTHENTICATION_FAILED(4004, "Authentication failed"),
  /** The client identified twice. */
  ALREADY_AUTHENTICATED(4005, "Already authenticated"),
  /** A resumed sequence number was invalid. */
  INVALID_SEQ(4007, "Invalid seq"),
  /** The client sent payloads too fast. */
  RATE_LIMITED(4008, "Rate limited."),
  /** The session timed out. */
  SESSION_TIMED_OUT(4009, "Session timed out"),
  /** The shard in IDENTIFY is invalid. */
  INVALID_SHARD(4010, "Invalid shard"),
  /** The bot is in too many guilds for one shard. */
  SHARDING_REQUIRED(4011, "Sharding required"),
  /** The {@code v} query parameter is not a supported version. */
  INVALID_API_VERSION(4012, "Invalid API version"),
  /** The intents in IDENTIFY are missing or hold unknown bits. */
  INVALID_INTENTS(4013, "Invalid intent(s)"),
  /** The intents in IDENTIFY include privileged intents the application may not use. */
  DISALLOWED_INTENTS(4014, "Disallowed intent(s)");

  private final int code;
  private final String reason;

  /**
   * Finds the close code with a number.
   *
   * @param code 4000 to 4014
   * @return the close code
   * @throws IllegalArgumentException if Discord documents no such gateway close code (4006 is not
   *     documented)
   */
  public static GatewayCloseCode of(int code) {
    for (GatewayCloseCode value : values()) {
      if (value.code == code) {
        return value;
      }
    }
    throw new IllegalArgumentException("Discord documents no gateway close code " + code);
  }

  /**
   * Tells whether a client should reconnect after this code (the "Reconnect" column of {@code
   * topics/opcodes-and-status-codes.mdx}).
   *
   * @return false for 4004 and 4010 to 4014
   */
  public boolean reconnect() {
    return switch (this) {
      case AUTHENTICATION_FAILED,
          INVALID_SHARD,
          SHARDING_REQUIRED,
          INVALID_API_VERSION,
          INVALID_INTENTS,
          DISALLOWED_INTENTS ->
          false;
      default -> true;
    };
  }

  /**
   * Tells whether the session survives the close and may be resumed: codes after which Discord says
   * to reconnect, except 4007 and 4009, which ask for a new session.
   *
   * @return true if a RESUME afterwards can succeed
   */
  public boolean resumable() {
    return reconnect() && this != INVALID_SEQ && this != SESSION_TIMED_OUT;
  }

  GatewayCloseCode(int code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  /**
   * Returns the numeric close code.
   *
   * @return the code, 4000 to 4014
   */
  public int code() {
    return code;
  }

  /**
   * Returns the reason text sent in the close frame.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
