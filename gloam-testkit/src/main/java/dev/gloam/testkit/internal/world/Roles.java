package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** The role objects of {@code topics/permissions.mdx} ("Role Object") that new roles start as. */
public final class Roles {

  private Roles() {}

  /**
   * A new role with default looks.
   *
   * @param id the snowflake
   * @param name the name
   * @param permissions the permission bits
   * @param position the position; {@code @everyone} is 0
   * @return a new JSON object
   */
  public static ObjectNode newRole(long id, String name, long permissions, int position) {
    ObjectNode role = Json.object();
    role.put("id", Json.id(id));
    role.put("name", name);
    role.putNull("description");
    role.put("color", 0);
    ObjectNode colors = role.putObject("colors");
    colors.put("primary_color", 0);
    colors.putNull("secondary_color");
    colors.putNull("tertiary_color");
    role.put("hoist", false);
    role.putNull("icon");
    role.putNull("unicode_emoji");
    role.put("position", position);
    role.put("permissions", Long.toUnsignedString(permissions));
    role.put("managed", false);
    role.put("mentionable", false);
    role.put("flags", 0);
    return role;
  }

  /**
   * Reads a role's permission bits.
   *
   * @param role the role object
   * @return the bits
   */
  public static long permissions(ObjectNode role) {
    return Long.parseUnsignedLong(role.path("permissions").asString("0"));
  }

  /**
   * Reads a role's snowflake.
   *
   * @param role the role object
   * @return the id
   */
  public static long id(ObjectNode role) {
    return Long.parseUnsignedLong(role.path("id").asString("0"));
  }

  /**
   * Tells whether a role is the guild's {@code @everyone} role, whose id is the guild's.
   *
   * @param guild the guild
   * @param role the role object
   * @return true for {@code @everyone}
   */
  public static boolean isEveryone(Guild guild, ObjectNode role) {
    return id(role) == guild.id();
  }
}
