package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.wire.Redactor;
import dev.gloam.testkit.internal.world.World;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** One-line descriptions of gateway payloads for the wire log, and redaction of their secrets. */
public final class GatewaySummaries {

  private static final int MAX_QUOTED_CHARS = 60;

  private GatewaySummaries() {}

  /**
   * Describes a payload the client sent.
   *
   * @param payload the decoded payload, an object with an integer {@code op}
   * @return for example {@code IDENTIFY shard [0, 1] intents 33281}
   */
  public static String incoming(JsonNode payload) {
    int op = payload.path("op").asInt();
    JsonNode d = payload.path("d");
    return switch (op) {
      case GatewayOpcodes.HEARTBEAT ->
          "HEARTBEAT " + (d.isNull() || d.isMissingNode() ? "null" : d);
      case GatewayOpcodes.IDENTIFY -> {
        JsonNode shard = d.path("shard");
        String shardText =
            shard.isArray() && shard.size() == 2
                ? "shard [" + shard.get(0) + ", " + shard.get(1) + "] "
                : "";
        yield "IDENTIFY " + shardText + "intents " + d.path("intents");
      }
      case GatewayOpcodes.RESUME ->
          "RESUME session " + shorten(d.path("session_id").asString("")) + " seq " + d.path("seq");
      default -> GatewayOpcodes.name(op);
    };
  }

  /**
   * Describes a payload the server sends.
   *
   * @param payload the payload
   * @param world the world, to name users and channels
   * @return for example {@code MESSAGE_CREATE "!ping" by human in #general}
   */
  public static String outgoing(JsonNode payload, World world) {
    int op = payload.path("op").asInt();
    JsonNode d = payload.path("d");
    return switch (op) {
      case GatewayOpcodes.HELLO -> "HELLO heartbeat_interval " + d.path("heartbeat_interval");
      case GatewayOpcodes.INVALID_SESSION -> "INVALID_SESSION resumable " + d;
      case GatewayOpcodes.DISPATCH -> dispatch(payload.path("t").asString(""), d, world);
      default -> GatewayOpcodes.name(op);
    };
  }

  /**
   * Returns the text to record for a client payload: the token of IDENTIFY and RESUME is replaced
   * whatever it is, since even a wrong token may be someone's real secret.
   *
   * @param payload the decoded payload
   * @param original the text as received
   * @return the text to record
   */
  public static String redactedBody(JsonNode payload, String original) {
    int op = payload.path("op").asInt();
    if ((op == GatewayOpcodes.IDENTIFY || op == GatewayOpcodes.RESUME)
        && payload.path("d") instanceof ObjectNode d
        && d.has("token")) {
      ObjectNode redactedD = d.deepCopy();
      redactedD.set("token", StringNode.valueOf(Redactor.REDACTED));
      ObjectNode copy = Json.object();
      payload.properties().forEach(entry -> copy.set(entry.getKey(), entry.getValue()));
      copy.set("d", redactedD);
      return Json.write(copy);
    }
    return original;
  }

  private static String dispatch(String type, JsonNode d, World world) {
    return switch (type) {
      case "READY" -> "READY session " + shorten(d.path("session_id").asString(""));
      case "GUILD_CREATE" -> "GUILD_CREATE " + quote(d.path("name").asString(""));
      case "MESSAGE_CREATE" ->
          "MESSAGE_CREATE "
              + quote(d.path("content").asString(""))
              + " by "
              + d.path("author").path("username").asString("?")
              + " in "
              + channelName(d, world);
      default -> type;
    };
  }

  private static String channelName(JsonNode d, World world) {
    return Json.readId(d.get("channel_id"))
        .flatMap(world::channel)
        .map(channel -> "#" + channel.name())
        .orElse("channel " + d.path("channel_id").asString("?"));
  }

  /**
   * Quotes text for a one-line summary: JSON string syntax, cut to a readable length.
   *
   * @param text the text
   * @return the quoted text
   */
  public static String quote(String text) {
    String cut =
        text.length() > MAX_QUOTED_CHARS ? text.substring(0, MAX_QUOTED_CHARS) + "…" : text;
    return Json.write(StringNode.valueOf(cut));
  }

  private static String shorten(String sessionId) {
    return sessionId.length() > 8 ? sessionId.substring(0, 8) + "…" : sessionId;
  }
}
