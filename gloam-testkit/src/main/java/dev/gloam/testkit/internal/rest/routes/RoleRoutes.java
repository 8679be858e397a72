package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.Roles;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of roles (resources/guild.mdx, "Get Guild Roles" to "Delete Guild Role";
 * topics/permissions.mdx, "Role Object" and "Permission Hierarchy"): list, get, member counts,
 * create, modify, reorder, delete. The bot needs MANAGE_ROLES, may only touch roles below its
 * highest role and may only grant permissions it has itself.
 */
public final class RoleRoutes {

  /** Discord's limit on roles per guild ({@code topics/opcodes-and-status-codes.mdx}, 30005). */
  static final int MAX_ROLES = 250;

  private static final String ROLES = "/guilds/{guild.id}/roles";
  private static final String ROLE = "/guilds/{guild.id}/roles/{role.id}";
  private static final int ROLE_CREATE = 30;
  private static final int ROLE_UPDATE = 31;
  private static final int ROLE_DELETE = 32;

  private RoleRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", ROLES, (locked, request) -> list(world, request));
    LockedRoutes.add(
        router,
        world,
        "GET",
        ROLES + "/member-counts",
        (locked, request) -> memberCounts(world, request));
    LockedRoutes.add(router, world, "GET", ROLE, (locked, request) -> get(world, request));
    LockedRoutes.add(router, world, "POST", ROLES, (locked, request) -> create(world, request));
    LockedRoutes.add(router, world, "PATCH", ROLES, (locked, request) -> positions(world, request));
    LockedRoutes.add(router, world, "PATCH", ROLE, (locked, request) -> modify(world, request));
    LockedRoutes.add(router, world, "DELETE", ROLE, (locked, request) -> delete(world, request));
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ArrayNode roles = Json.array();
    guild.sortedRoles().forEach(roles::add);
    return RestResponse.ok(roles, roles.size() + " roles");
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode role = role(guild, request);
    return RestResponse.ok(role, "role " + role.path("name").asString());
  }

  private static RestResponse memberCounts(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (ObjectNode role : guild.sortedRoles()) {
      long id = Long.parseUnsignedLong(role.get("id").stringValue());
      if (id != guild.id()) {
        counts.put(id, 0);
      }
    }
    for (Member member : guild.members()) {
      for (long roleId : member.roles()) {
        counts.computeIfPresent(roleId, (id, count) -> count + 1);
      }
    }
    ObjectNode json = Json.object();
    counts.forEach((id, count) -> json.put(Json.id(id), count));
    return RestResponse.ok(json, counts.size() + " role member counts");
  }

  private static RestResponse create(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
    ObjectNode body = Lookup.body(request);
    if (guild.roles().size() >= MAX_ROLES) {
      throw new ApiError(400, 30005, "Maximum number of guild roles reached (" + MAX_ROLES + ")");
    }
    long everyone = guild.roles().get(guild.id()).map(Roles::permissions).orElse(0L);
    long permissions = permissionsOf(body.get("permissions")).orElse(everyone);
    requireGrantable(world, guild, permissions);
    long id = world.nextId();
    ObjectNode role = Roles.newRole(id, "new role", permissions, 1);
    applyLooks(role, body);
    // A new role goes to the bottom, just above @everyone; every other role moves up one.
    shiftUp(world, guild);
    guild.roles().put(id, role);
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    event.set("role", role);
    world.dispatch(guild.id(), "GUILD_ROLE_CREATE", event);
    world.audit(
        guild,
        ROLE_CREATE,
        world.bot().id(),
        id,
        GuildCoreChanges.between(null, role, Set.of("id", "position", "managed", "flags")),
        null,
        request.auditLogReason());
    return RestResponse.ok(role, "role " + Json.id(id));
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode before = role(guild, request);
    Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
    Access.above(world, guild, before.path("position").asInt());
    ObjectNode body = Lookup.body(request);
    ObjectNode role = before.deepCopy();
    JsonNode permissions = body.get("permissions");
    if (permissions != null && !permissions.isNull()) {
      long bits = permissionsOf(permissions).orElse(0L);
      // Only the permissions the role gains must be ones the bot has itself.
      requireGrantable(world, guild, bits & ~Roles.permissions(before));
      role.put("permissions", Long.toUnsignedString(bits));
    }
    if (body.has("name") && !body.get("name").isNull()) {
      if (Roles.isEveryone(guild, role)) {
        FormErrors errors = new FormErrors();
        errors.add("name", "BASE_TYPE_INVALID", "The @everyone role cannot be renamed.");
        throw new ApiError(errors.toResponse());
      }
    }
    applyLooks(role, body);
    guild.roles().put(Roles.id(role), role);
    roleUpdated(world, guild, role);
    world.audit(
        guild,
        ROLE_UPDATE,
        world.bot().id(),
        Roles.id(role),
        GuildCoreChanges.between(before, role, Set.of("id")),
        null,
        request.auditLogReason());
    return RestResponse.ok(role, "role " + role.path("name").asString());
  }

  private static RestResponse positions(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
    JsonNode body =
        Json.parse(request.body())
            .filter(JsonNode::isArray)
            .orElseThrow(() -> new ApiError(400, 50109, "The request body contains invalid JSON."));
    int botHighest = PermissionCalculator.highestPosition(guild, world.bot().id());
    Map<Long, Integer> requested = new HashMap<>();
    FormErrors errors = new FormErrors();
    for (int i = 0; i < body.size(); i++) {
      JsonNode entry = body.get(i);
      Optional<Long> id = Json.readId(entry.get("id"));
      Optional<ObjectNode> role = id.flatMap(guild.roles()::get);
      if (role.isEmpty()) {
        throw new ApiError(404, 10011, "Unknown Role");
      }
      if (id.get() == guild.id()) {
        errors.add(i + ".id", "INVALID_ROLE", "The @everyone role cannot be moved.");
        continue;
      }
      JsonNode position = entry.get("position");
      if (position == null || position.isNull()) {
        continue;
      }
      // The bot may sort only roles below its highest, and only to places below it.
      if (role.get().path("position").asInt() >= botHighest || position.asInt() >= botHighest) {
        throw new ApiError(403, 50013, "Missing Permissions");
      }
      requested.put(id.get(), Math.max(1, position.asInt()));
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    List<ObjectNode> ordered = new ArrayList<>();
    for (ObjectNode role : guild.sortedRoles()) {
      if (Roles.id(role) != guild.id()) {
        ordered.add(role);
      }
    }
    // Moved roles take their asked-for place; the others keep their order around them.
    ordered.sort(
        Comparator.comparingDouble(
                (ObjectNode role) ->
                    requested.containsKey(Roles.id(role))
                        ? requested.get(Roles.id(role)) - 0.5
                        : role.path("position").asInt())
            .thenComparing(Roles::id));
    renumber(world, guild, ordered);
    ArrayNode roles = Json.array();
    guild.sortedRoles().forEach(roles::add);
    return RestResponse.ok(roles, roles.size() + " roles");
  }

  private static RestResponse delete(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode role = role(guild, request);
    Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
    long id = Roles.id(role);
    if (id == guild.id() || role.path("managed").asBoolean()) {
      // @everyone and the roles of integrations and bots belong to Discord, not to the guild.
      throw new ApiError(400, 50028, "Invalid Role");
    }
    Access.above(world, guild, role.path("position").asInt());
    guild.roles().remove(id);
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    event.put("role_id", Json.id(id));
    world.dispatch(guild.id(), "GUILD_ROLE_DELETE", event);
    for (Member member : guild.members()) {
      if (member.roles().contains(id)) {
        List<Long> remaining = new ArrayList<>(member.roles());
        remaining.remove(id);
        Member changed = member.withRoles(remaining);
        guild.putMember(changed);
        ObjectNode update = changed.toJson();
        update.put("guild_id", Json.id(guild.id()));
        world.dispatch(guild.id(), "GUILD_MEMBER_UPDATE", update);
      }
    }
    // Close the gap the role left, as Discord keeps positions contiguous.
    List<ObjectNode> remaining = new ArrayList<>(guild.sortedRoles());
    remaining.removeIf(other -> Roles.id(other) == guild.id());
    renumber(world, guild, remaining);
    world.audit(
        guild,
        ROLE_DELETE,
        world.bot().id(),
        id,
        GuildCoreChanges.between(role, null, Set.of("id", "position", "managed", "flags")),
        null,
        request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 role deleted");
  }

  /** The role of {@code {role.id}}, or 404 Unknown Role. */
  private static ObjectNode role(Guild guild, RestRequest request) {
    return Lookup.resource(guild.roles(), request, "role.id", 10011, "Unknown Role");
  }

  private static void requireGrantable(World world, Guild guild, long permissions) {
    long bot = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    if ((permissions & ~bot) != 0) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
  }

  private static Optional<Long> permissionsOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseUnsignedLong(node.asString()));
    } catch (NumberFormatException e) {
      FormErrors errors = new FormErrors();
      errors.add(
          "permissions", "NUMBER_TYPE_COERCE", "Value \"" + node.asString() + "\" is not int.");
      throw new ApiError(errors.toResponse());
    }
  }

  /** Applies the fields of Create/Modify Guild Role other than permissions. */
  private static void applyLooks(ObjectNode role, ObjectNode body) {
    if (body.hasNonNull("name")) {
      role.put("name", body.get("name").asString());
    }
    if (body.hasNonNull("colors")) {
      JsonNode colors = body.get("colors");
      ObjectNode stored = role.putObject("colors");
      stored.put("primary_color", colors.path("primary_color").asInt(0));
      for (String key : List.of("secondary_color", "tertiary_color")) {
        if (colors.path(key).isNumber()) {
          stored.put(key, colors.get(key).asInt());
        } else {
          stored.putNull(key);
        }
      }
      role.put("color", stored.get("primary_color").asInt());
    } else if (body.has("color")) {
      int color = body.path("color").asInt(0);
      role.put("color", color);
      ((ObjectNode) role.get("colors")).put("primary_color", color);
    }
    if (body.hasNonNull("hoist")) {
      role.put("hoist", body.get("hoist").asBoolean());
    }
    if (body.hasNonNull("mentionable")) {
      role.put("mentionable", body.get("mentionable").asBoolean());
    }
    if (body.has("icon")) {
      role.put("icon", GuildCoreChanges.imageHash(body.get("icon")));
    }
    if (body.has("unicode_emoji")) {
      JsonNode emoji = body.get("unicode_emoji");
      role.put("unicode_emoji", emoji.isString() ? emoji.stringValue() : null);
    }
  }

  private static void shiftUp(World world, Guild guild) {
    for (ObjectNode role : guild.sortedRoles()) {
      if (Roles.id(role) != guild.id()) {
        role.put("position", role.path("position").asInt() + 1);
        guild.roles().put(Roles.id(role), role);
        roleUpdated(world, guild, role);
      }
    }
  }

  /**
   * Gives the roles, bottom first, the positions 1, 2, 3... and tells the gateway about each role
   * whose position changed.
   */
  private static void renumber(World world, Guild guild, List<ObjectNode> bottomFirst) {
    int position = 1;
    for (ObjectNode role : bottomFirst) {
      if (role.path("position").asInt() != position) {
        role.put("position", position);
        guild.roles().put(Roles.id(role), role);
        roleUpdated(world, guild, role);
      }
      position++;
    }
  }

  private static void roleUpdated(World world, Guild guild, ObjectNode role) {
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    event.set("role", role.deepCopy());
    world.dispatch(guild.id(), "GUILD_ROLE_UPDATE", event);
  }
}
