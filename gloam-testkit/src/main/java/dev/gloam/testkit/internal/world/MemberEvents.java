package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bodies of the member events of {@code events/gateway-events.mdx}: Guild Member Add (the
 * member with {@code guild_id}), Guild Member Update (the same shape) and Guild Member Remove
 * ({@code guild_id} and the user). Routes and test controls send them alike, so a join made by a
 * test looks the same as one made through REST.
 */
public final class MemberEvents {

  private MemberEvents() {}

  /**
   * Sends GUILD_MEMBER_ADD for a member who has just joined. Call it under {@link World#lock()}.
   *
   * @param world the world
   * @param guild the guild
   * @param member the new membership, already stored
   */
  public static void added(World world, Guild guild, Member member) {
    world.dispatch(guild.id(), "GUILD_MEMBER_ADD", withGuild(guild, member));
  }

  /**
   * Sends GUILD_MEMBER_UPDATE for a changed member. Call it under {@link World#lock()}.
   *
   * @param world the world
   * @param guild the guild
   * @param member the membership as stored after the change
   */
  public static void updated(World world, Guild guild, Member member) {
    world.dispatch(guild.id(), "GUILD_MEMBER_UPDATE", withGuild(guild, member));
  }

  /**
   * Sends GUILD_MEMBER_REMOVE for a member who left, was kicked, banned or pruned. Call it under
   * {@link World#lock()}.
   *
   * @param world the world
   * @param guild the guild
   * @param user the user who is no longer a member
   */
  public static void removed(World world, Guild guild, User user) {
    ObjectNode body = Json.object();
    body.put("guild_id", Json.id(guild.id()));
    body.set("user", user.toJson());
    world.dispatch(guild.id(), "GUILD_MEMBER_REMOVE", body);
  }

  /**
   * Renders a member with its guild's id, the shape of GUILD_MEMBER_ADD and GUILD_MEMBER_UPDATE.
   *
   * @param guild the guild
   * @param member the membership
   * @return a new JSON object
   */
  public static ObjectNode withGuild(Guild guild, Member member) {
    ObjectNode body = member.toJson();
    body.put("guild_id", Json.id(guild.id()));
    return body;
  }
}
