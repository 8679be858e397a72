package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the envelope every server payload has: always all four keys, op, d, s and t. */
public final class GatewayPayloads {

  private GatewayPayloads() {}

  /**
   * Builds HELLO.
   *
   * @param heartbeatIntervalMillis the interval the client must heartbeat at
   * @return the payload
   */
  public static ObjectNode hello(long heartbeatIntervalMillis) {
    ObjectNode d = Json.object();
    d.put("heartbeat_interval", heartbeatIntervalMillis);
    return envelope(GatewayOpcodes.HELLO, d);
  }

  /**
   * Builds HEARTBEAT_ACK.
   *
   * @return the payload
   */
  public static ObjectNode heartbeatAck() {
    return envelope(GatewayOpcodes.HEARTBEAT_ACK, null);
  }

  /**
   * Builds the server's request for an immediate heartbeat (op 1).
   *
   * @return the payload
   */
  public static ObjectNode heartbeatRequest() {
    return envelope(GatewayOpcodes.HEARTBEAT, null);
  }

  /**
   * Builds RECONNECT (op 7).
   *
   * @return the payload
   */
  public static ObjectNode reconnect() {
    return envelope(GatewayOpcodes.RECONNECT, null);
  }

  /**
   * Builds INVALID_SESSION.
   *
   * @param resumable whether the client may try to resume
   * @return the payload
   */
  public static ObjectNode invalidSession(boolean resumable) {
    return envelope(GatewayOpcodes.INVALID_SESSION, BooleanNode.valueOf(resumable));
  }

  /**
   * Builds a dispatch.
   *
   * @param sequence the session's sequence number for this event
   * @param type the event name, such as {@code READY}
   * @param data the event's body
   * @return the payload
   */
  public static ObjectNode dispatch(long sequence, String type, JsonNode data) {
    ObjectNode payload = Json.object();
    payload.put("op", GatewayOpcodes.DISPATCH);
    payload.set("d", data);
    payload.put("s", sequence);
    payload.put("t", type);
    return payload;
  }

  /**
   * Builds a payload with an opcode Discord does not document (42), as a newer gateway might send.
   *
   * @return the payload
   */
  public static ObjectNode unknownOpcode() {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    data.put("future", true);
    return envelope(42, data);
  }

  private static ObjectNode envelope(int op, JsonNode data) {
    ObjectNode payload = Json.object();
    payload.put("op", op);
    if (data == null) {
      payload.putNull("d");
    } else {
      payload.set("d", data);
    }
    payload.putNull("s");
    payload.putNull("t");
    return payload;
  }
}
