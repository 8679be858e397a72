package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.World;
import java.net.URI;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the body of READY. */
public final class ReadyEvent {

  private ReadyEvent() {}

  /**
   * Builds READY for a new session.
   *
   * @param world the world
   * @param version the API version the client connected with
   * @param sessionId the new session's id
   * @param resumeGatewayUrl where the client should resume
   * @param shard the shard the client identified with
   * @param shardSent whether the client sent {@code shard}; READY only echoes it then
   * @param applicationFlags the application's flags
   * @return the event body
   */
  public static ObjectNode build(
      World world,
      int version,
      String sessionId,
      URI resumeGatewayUrl,
      ShardInfo shard,
      boolean shardSent,
      int applicationFlags) {
    ObjectNode d = Json.object();
    d.put("v", version);
    d.set("user", world.bot().toCurrentUserJson());
    // Always empty for bots (change log, "private_channels" in Ready), yet always sent.
    d.putArray("private_channels");
    ArrayNode guilds = d.putArray("guilds");
    for (Guild guild : world.guilds()) {
      if (shard.owns(guild.id())) {
        ObjectNode unavailable = guilds.addObject();
        unavailable.put("id", Json.id(guild.id()));
        unavailable.put("unavailable", true);
      }
    }
    d.put("session_id", sessionId);
    d.put("resume_gateway_url", resumeGatewayUrl.toString());
    if (shardSent) {
      d.putArray("shard").add(shard.id()).add(shard.count());
    }
    ObjectNode application = d.putObject("application");
    application.put("id", Json.id(world.applicationId()));
    application.put("flags", applicationFlags);
    return d;
  }
}
