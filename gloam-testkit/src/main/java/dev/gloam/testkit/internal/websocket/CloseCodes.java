package dev.gloam.testkit.internal.websocket;

/** The WebSocket close codes of RFC 6455 that the server uses itself. */
public final class CloseCodes {

  /** The purpose of the connection is fulfilled. */
  public static final int NORMAL = 1000;

  /** The server is going away, here because the testkit is closing. */
  public static final int GOING_AWAY = 1001;

  /** The peer broke the framing rules. */
  public static final int PROTOCOL_ERROR = 1002;

  /** The peer sent a kind of data the endpoint does not accept. */
  public static final int UNSUPPORTED_DATA = 1003;

  /** The close frame carried no status code; never sent on the wire. */
  public static final int NO_STATUS = 1005;

  /** A text message was not valid UTF-8. */
  public static final int INVALID_PAYLOAD = 1007;

  /** A message was larger than the endpoint accepts. */
  public static final int MESSAGE_TOO_BIG = 1009;

  private CloseCodes() {}
}
