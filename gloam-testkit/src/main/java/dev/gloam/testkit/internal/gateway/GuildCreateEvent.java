package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the body of GUILD_CREATE for the test guild. */
public final class GuildCreateEvent {

  private GuildCreateEvent() {}

  /**
   * Builds GUILD_CREATE as sent right after READY.
   *
   * @param world the world
   * @return the event body
   */
  public static ObjectNode build(World world) {
    Member botMember = world.member(world.bot().id()).orElseThrow();
    ArrayNode channels = Json.array();
    long channelId = world.channel().id();
    channels.add(world.channel().toGuildCreateJson(world.messages().lastMessageId(channelId)));
    return world.guild().toGuildCreateJson(botMember, world.members(), channels);
  }
}
