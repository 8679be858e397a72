package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.MemberEvents;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of guild bans (resources/guild.mdx): Get Guild Bans, Get Guild Ban, Create
 * Guild Ban, Remove Guild Ban and Bulk Guild Ban. A ban removes the member (GUILD_BAN_ADD, then
 * GUILD_MEMBER_REMOVE) and keeps the {@code X-Audit-Log-Reason} as the ban's reason. The testkit
 * does not delete the banned user's messages for {@code delete_message_seconds}.
 */
public final class BanRoutes {

  /** Audit log MEMBER_BAN_ADD. */
  static final int MEMBER_BAN_ADD = 22;

  /** Audit log MEMBER_BAN_REMOVE. */
  static final int MEMBER_BAN_REMOVE = 23;

  private static final String BAN_PATH = "/guilds/{guild.id}/bans/{user.id}";

  private BanRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", "/guilds/{guild.id}/bans", BanRoutes::list);
    LockedRoutes.add(router, world, "GET", BAN_PATH, BanRoutes::get);
    LockedRoutes.add(router, world, "PUT", BAN_PATH, BanRoutes::ban);
    LockedRoutes.add(router, world, "DELETE", BAN_PATH, BanRoutes::unban);
    LockedRoutes.add(router, world, "POST", "/guilds/{guild.id}/bulk-ban", BanRoutes::bulkBan);
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.BAN_MEMBERS);
    int limit = request.queryParameter("limit").map(BanRoutes::parseInt).orElse(1000);
    Optional<Long> before = request.queryParameter("before").map(BanRoutes::parseId);
    Optional<Long> after = request.queryParameter("after").map(BanRoutes::parseId);
    List<ObjectNode> bans =
        guild.bans().all().stream()
            .sorted(Comparator.comparing(BanRoutes::userId, Long::compareUnsigned))
            .toList();
    List<ObjectNode> page;
    if (before.isPresent()) {
      // Only before counts when both are given; the page ends right before it.
      List<ObjectNode> earlier =
          bans.stream().filter(ban -> Long.compareUnsigned(userId(ban), before.get()) < 0).toList();
      page = earlier.subList(Math.max(0, earlier.size() - limit), earlier.size());
    } else {
      long from = after.orElse(0L);
      page =
          bans.stream()
              .filter(ban -> Long.compareUnsigned(userId(ban), from) > 0)
              .limit(limit)
              .toList();
    }
    ArrayNode answer = Json.array();
    page.forEach(answer::add);
    return RestResponse.ok(answer, answer.size() + " bans");
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.BAN_MEMBERS);
    ObjectNode ban = Lookup.resource(guild.bans(), request, "user.id", 10026, "Unknown Ban");
    return RestResponse.ok(ban, "ban of " + ban.path("user").path("username").asString());
  }

  private static RestResponse ban(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.BAN_MEMBERS);
    long userId = Lookup.userId(world, request);
    User user = world.user(userId).orElseThrow(() -> new ApiError(404, 10013, "Unknown User"));
    Lookup.body(request);
    if (guild.member(userId).isPresent()) {
      Access.aboveMember(world, guild, userId);
    }
    banUser(world, guild, user, request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 banned " + user.username());
  }

  private static RestResponse unban(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.BAN_MEMBERS);
    ObjectNode ban = Lookup.resource(guild.bans(), request, "user.id", 10026, "Unknown Ban");
    long userId = userId(ban);
    guild.bans().remove(userId);
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    event.set("user", ban.get("user"));
    world.dispatch(guild.id(), "GUILD_BAN_REMOVE", forModerators(world, guild, event));
    world.audit(
        guild, MEMBER_BAN_REMOVE, world.bot().id(), userId, null, null, request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 unbanned " + Json.id(userId));
  }

  private static RestResponse bulkBan(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.BAN_MEMBERS | Permissions.MANAGE_GUILD);
    ObjectNode body = Lookup.body(request);
    ArrayNode banned = Json.array();
    ArrayNode failed = Json.array();
    int botPosition = PermissionCalculator.highestPosition(guild, world.bot().id());
    for (JsonNode node : body.path("user_ids")) {
      Optional<Long> id = Json.readId(node);
      Optional<User> user = id.flatMap(world::user);
      boolean bannable =
          user.isPresent()
              && !guild.bans().contains(id.get())
              && (guild.member(id.get()).isEmpty()
                  || PermissionCalculator.highestPosition(guild, id.get()) < botPosition);
      if (bannable) {
        banUser(world, guild, user.get(), request.auditLogReason());
        banned.add(Json.id(id.get()));
      } else {
        failed.add(id.map(Json::id).orElse(node.asString()));
      }
    }
    if (banned.isEmpty()) {
      throw new ApiError(400, 500000, "Failed to ban users");
    }
    ObjectNode answer = Json.object();
    answer.set("banned_users", banned);
    answer.set("failed_users", failed);
    return RestResponse.ok(answer, banned.size() + " banned, " + failed.size() + " failed");
  }

  /** Stores the ban, removes the member and tells the gateway and the audit log. */
  private static void banUser(World world, Guild guild, User user, String reason) {
    ObjectNode ban = Json.object();
    ban.put("reason", reason);
    ban.set("user", user.toJson());
    guild.bans().put(user.id(), ban);
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    event.set("user", user.toJson());
    world.dispatch(guild.id(), "GUILD_BAN_ADD", forModerators(world, guild, event));
    if (guild.removeMember(user.id()).isPresent()) {
      MemberEvents.removed(world, guild, user);
    }
    world.audit(guild, MEMBER_BAN_ADD, world.bot().id(), user.id(), null, null, reason);
  }

  /** Ban events go only to bots with BAN_MEMBERS or VIEW_AUDIT_LOG (Guild Ban Add). */
  private static LongFunction<ObjectNode> forModerators(
      World world, Guild guild, ObjectNode event) {
    boolean allowed =
        (PermissionCalculator.inGuild(guild, world.bot().id(), world.now())
                & (Permissions.BAN_MEMBERS | Permissions.VIEW_AUDIT_LOG))
            != 0;
    return intents -> allowed ? event.deepCopy() : null;
  }

  private static long userId(ObjectNode ban) {
    return Long.parseUnsignedLong(ban.path("user").path("id").asString("0"));
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 1000;
    }
  }

  private static long parseId(String text) {
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }
}
