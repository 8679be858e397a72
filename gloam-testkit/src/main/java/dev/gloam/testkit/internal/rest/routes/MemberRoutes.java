package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.MemberEvents;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of guild members (resources/guild.mdx): List and Search Guild Members, Add
 * Guild Member, Modify Guild Member, Modify Current Member, Add and Remove Guild Member Role,
 * Remove Guild Member (kick), Get Guild Prune Count and Begin Guild Prune. Get Guild Member is
 * served by {@link ResourceReadRoutes}.
 *
 * <p>The testkit records no activity, so a prune treats a member as inactive for {@code days} when
 * they joined more than {@code days} days ago. Voice connections are not part of the world: member
 * {@code mute} and {@code deaf} are stored as sent, and a move with {@code channel_id} answers
 * 40032 (not connected to voice).
 */
public final class MemberRoutes {

  /** Modify Guild Member: a timeout may end at most this far ahead. */
  static final Duration MAX_TIMEOUT = Duration.ofDays(28);

  /** Audit log MEMBER_KICK. */
  static final int MEMBER_KICK = 20;

  /** Audit log MEMBER_PRUNE. */
  static final int MEMBER_PRUNE = 21;

  /** Audit log MEMBER_UPDATE. */
  static final int MEMBER_UPDATE = 24;

  /** Audit log MEMBER_ROLE_UPDATE. */
  static final int MEMBER_ROLE_UPDATE = 25;

  /** Guild member flag BYPASSES_VERIFICATION, the only one a bot may set. */
  private static final int EDITABLE_FLAGS = 1 << 2;

  private static final String MEMBER_PATH = "/guilds/{guild.id}/members/{user.id}";

  private MemberRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", "/guilds/{guild.id}/members", MemberRoutes::list);
    LockedRoutes.add(
        router, world, "GET", "/guilds/{guild.id}/members/search", MemberRoutes::search);
    LockedRoutes.add(router, world, "PUT", MEMBER_PATH, MemberRoutes::addMember);
    LockedRoutes.add(router, world, "PATCH", MEMBER_PATH, MemberRoutes::modify);
    LockedRoutes.add(
        router, world, "PATCH", "/guilds/{guild.id}/members/@me", MemberRoutes::modifyCurrent);
    LockedRoutes.add(router, world, "DELETE", MEMBER_PATH, MemberRoutes::kick);
    LockedRoutes.add(router, world, "PUT", MEMBER_PATH + "/roles/{role.id}", MemberRoutes::addRole);
    LockedRoutes.add(
        router, world, "DELETE", MEMBER_PATH + "/roles/{role.id}", MemberRoutes::removeRole);
    LockedRoutes.add(router, world, "GET", "/guilds/{guild.id}/prune", MemberRoutes::pruneCount);
    LockedRoutes.add(router, world, "POST", "/guilds/{guild.id}/prune", MemberRoutes::prune);
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    int limit = intQuery(request, "limit", 1);
    long after = request.queryParameter("after").map(MemberRoutes::parseId).orElse(0L);
    ArrayNode members = Json.array();
    guild.members().stream()
        .filter(member -> Long.compareUnsigned(member.user().id(), after) > 0)
        .sorted(Comparator.comparing(member -> member.user().id(), Long::compareUnsigned))
        .limit(limit)
        .forEach(member -> members.add(member.toJson()));
    return RestResponse.ok(members, members.size() + " members");
  }

  private static RestResponse search(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    int limit = intQuery(request, "limit", 1);
    String query = request.queryParameter("query").orElse("").toLowerCase(Locale.ROOT);
    ArrayNode members = Json.array();
    guild.members().stream()
        .filter(
            member ->
                startsWith(member.user().username(), query) || startsWith(member.nick(), query))
        .limit(limit)
        .forEach(member -> members.add(member.toJson()));
    return RestResponse.ok(members, members.size() + " members matching");
  }

  private static boolean startsWith(String name, String prefix) {
    return name != null && name.toLowerCase(Locale.ROOT).startsWith(prefix);
  }

  private static RestResponse addMember(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    long userId = Lookup.userId(world, request);
    User user = world.user(userId).orElseThrow(() -> new ApiError(404, 10013, "Unknown User"));
    Access.inGuild(world, guild, Permissions.CREATE_INSTANT_INVITE);
    ObjectNode body = Lookup.body(request);
    // The testkit has no OAuth2: any access token is taken as granted with guilds.join.
    if (body.path("access_token").asString("").isBlank()) {
      throw new ApiError(401, 50025, "Invalid OAuth2 access token provided");
    }
    if (guild.member(userId).isPresent()) {
      return new RestResponse(204, Json.object(), "204 already a member");
    }
    if (guild.bans().contains(userId)) {
      throw new ApiError(403, 40007, "The user is banned from this guild");
    }
    Member member = new Member(user, world.now());
    if (body.hasNonNull("nick")) {
      Access.inGuild(world, guild, Permissions.MANAGE_NICKNAMES);
      member = member.withNick(emptyToNull(body.get("nick").asString()));
    }
    if (body.hasNonNull("roles")) {
      Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
      List<Long> roles = roleIds(guild, body.get("roles"));
      roles.forEach(roleId -> assignable(world, guild, roleId));
      member = member.withRoles(roles);
    }
    boolean mute = body.path("mute").asBoolean(false);
    boolean deaf = body.path("deaf").asBoolean(false);
    if (mute) {
      Access.inGuild(world, guild, Permissions.MUTE_MEMBERS);
    }
    if (deaf) {
      Access.inGuild(world, guild, Permissions.DEAFEN_MEMBERS);
    }
    member = member.withVoice(deaf, mute);
    guild.putMember(member);
    MemberEvents.added(world, guild, member);
    return new RestResponse(201, member.toJson(), "201 member " + user.username());
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Member member = Lookup.member(world, guild, request);
    ObjectNode body = Lookup.body(request);
    long userId = member.user().id();
    boolean self = userId == world.bot().id();
    long granted = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    Member changed = member;
    MemberAudit changes = new MemberAudit();
    if (body.has("nick")) {
      if (self && (granted & Permissions.CHANGE_NICKNAME) != 0) {
        // The bot renaming itself needs only CHANGE_NICKNAME.
      } else {
        Access.inGuild(world, guild, Permissions.MANAGE_NICKNAMES);
        if (!self) {
          Access.aboveMember(world, guild, userId);
        }
      }
      String nick = body.get("nick").isNull() ? null : emptyToNull(body.get("nick").asString());
      changes.change("nick", member.nick(), nick);
      changed = changed.withNick(nick);
    }
    ArrayNode added = Json.array();
    ArrayNode removed = Json.array();
    if (body.has("roles")) {
      Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
      List<Long> roles = body.get("roles").isNull() ? List.of() : roleIds(guild, body.get("roles"));
      for (long roleId : roles) {
        if (!member.roles().contains(roleId)) {
          added.add(assignable(world, guild, roleId));
        }
      }
      for (long roleId : member.roles()) {
        if (!roles.contains(roleId)) {
          removed.add(assignable(world, guild, roleId));
        }
      }
      changed = changed.withRoles(roles);
    }
    boolean mute = member.mute();
    boolean deaf = member.deaf();
    if (body.hasNonNull("mute")) {
      Access.inGuild(world, guild, Permissions.MUTE_MEMBERS);
      mute = body.get("mute").asBoolean();
      changes.change("mute", member.mute(), mute);
    }
    if (body.hasNonNull("deaf")) {
      Access.inGuild(world, guild, Permissions.DEAFEN_MEMBERS);
      deaf = body.get("deaf").asBoolean();
      changes.change("deaf", member.deaf(), deaf);
    }
    changed = changed.withVoice(deaf, mute);
    if (body.has("channel_id")) {
      Access.inGuild(world, guild, Permissions.MOVE_MEMBERS);
      if (!body.get("channel_id").isNull()) {
        // Nobody the world knows of is connected to voice, so there is no one to move.
        throw new ApiError(400, 40032, "Target user is not connected to voice");
      }
    }
    if (body.has("communication_disabled_until")) {
      Instant until = timeout(world, body.get("communication_disabled_until"));
      Access.inGuild(world, guild, Permissions.MODERATE_MEMBERS);
      long target = PermissionCalculator.inGuild(guild, userId, world.now());
      if (userId == guild.ownerId() || (target & Permissions.ADMINISTRATOR) != 0) {
        throw new ApiError(403, 50013, "Missing Permissions");
      }
      Access.aboveMember(world, guild, userId);
      changes.change(
          "communication_disabled_until",
          member.timedOutUntil() == null ? null : DiscordTime.format(member.timedOutUntil()),
          until == null ? null : DiscordTime.format(until));
      changed = changed.withTimeout(until);
    }
    if (body.hasNonNull("flags")) {
      boolean allowed =
          (granted & (Permissions.MANAGE_GUILD | Permissions.MANAGE_ROLES)) != 0
              || (granted & MODERATION) == MODERATION;
      if (!allowed) {
        throw new ApiError(403, 50013, "Missing Permissions");
      }
      int flags = (member.flags() & ~EDITABLE_FLAGS) | (body.get("flags").asInt() & EDITABLE_FLAGS);
      changes.change("flags", member.flags(), flags);
      changed = changed.withFlags(flags);
    }
    guild.putMember(changed);
    MemberEvents.updated(world, guild, changed);
    if (!changes.isEmpty()) {
      world.audit(
          guild,
          MEMBER_UPDATE,
          world.bot().id(),
          userId,
          changes.toJson(),
          null,
          request.auditLogReason());
    }
    auditRoles(world, guild, userId, added, removed, request.auditLogReason());
    return RestResponse.ok(changed.toJson(), "member " + changed.user().username());
  }

  private static final long MODERATION =
      Permissions.MODERATE_MEMBERS | Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS;

  private static RestResponse modifyCurrent(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    long botId = world.bot().id();
    Member member =
        guild.member(botId).orElseThrow(() -> new ApiError(404, 10007, "Unknown Member"));
    ObjectNode body = Lookup.body(request);
    Member changed = member;
    MemberAudit changes = new MemberAudit();
    if (body.has("nick")) {
      Access.inGuild(world, guild, Permissions.CHANGE_NICKNAME);
      String nick = body.get("nick").isNull() ? null : emptyToNull(body.get("nick").asString());
      changes.change("nick", member.nick(), nick);
      changed = changed.withNick(nick);
    }
    // A guild avatar, banner and bio are accepted; members in the testkit have none to show.
    guild.putMember(changed);
    MemberEvents.updated(world, guild, changed);
    if (!changes.isEmpty()) {
      world.audit(
          guild, MEMBER_UPDATE, botId, botId, changes.toJson(), null, request.auditLogReason());
    }
    return RestResponse.ok(changed.toJson(), "member " + changed.user().username());
  }

  private static RestResponse kick(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Member member = Lookup.member(world, guild, request);
    Access.inGuild(world, guild, Permissions.KICK_MEMBERS);
    Access.aboveMember(world, guild, member.user().id());
    guild.removeMember(member.user().id());
    MemberEvents.removed(world, guild, member.user());
    world.audit(
        guild,
        MEMBER_KICK,
        world.bot().id(),
        member.user().id(),
        null,
        null,
        request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 kicked " + member.user().username());
  }

  private static RestResponse addRole(World world, RestRequest request) {
    return changeRole(world, request, true);
  }

  private static RestResponse removeRole(World world, RestRequest request) {
    return changeRole(world, request, false);
  }

  private static RestResponse changeRole(World world, RestRequest request, boolean add) {
    Guild guild = Lookup.guild(world, request);
    Member member = Lookup.member(world, guild, request);
    ObjectNode role = Lookup.resource(guild.roles(), request, "role.id", 10011, "Unknown Role");
    long roleId = Long.parseUnsignedLong(role.get("id").stringValue());
    Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
    ObjectNode partial = assignable(world, guild, roleId);
    boolean has = member.roles().contains(roleId);
    if (add != has) {
      List<Long> roles = new ArrayList<>(member.roles());
      if (add) {
        roles.add(roleId);
      } else {
        roles.remove(roleId);
      }
      Member changed = member.withRoles(roles);
      guild.putMember(changed);
      MemberEvents.updated(world, guild, changed);
      ArrayNode changedRoles = Json.array().add(partial);
      auditRoles(
          world,
          guild,
          member.user().id(),
          add ? changedRoles : Json.array(),
          add ? Json.array() : changedRoles,
          request.auditLogReason());
    }
    return new RestResponse(
        204, Json.object(), "204 role " + Json.id(roleId) + (add ? " added" : " removed"));
  }

  private static RestResponse pruneCount(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD | Permissions.KICK_MEMBERS);
    int days = intQuery(request, "days", 7);
    Set<Long> include = new LinkedHashSet<>();
    for (String id : request.queryParameter("include_roles").orElse("").split(",")) {
      if (!id.isBlank()) {
        include.add(parseId(id.trim()));
      }
    }
    ObjectNode answer = Json.object();
    answer.put("pruned", prunable(world, guild, days, include).size());
    return RestResponse.ok(answer, answer.get("pruned").asInt() + " members to prune");
  }

  private static RestResponse prune(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD | Permissions.KICK_MEMBERS);
    ObjectNode body = Lookup.body(request);
    int days = body.path("days").asInt(7);
    Set<Long> include = new LinkedHashSet<>();
    for (JsonNode id : body.path("include_roles")) {
      Json.readId(id).ifPresent(include::add);
    }
    List<Member> pruned = prunable(world, guild, days, include);
    for (Member member : pruned) {
      guild.removeMember(member.user().id());
      MemberEvents.removed(world, guild, member.user());
    }
    ObjectNode options = Json.object();
    options.put("delete_member_days", Integer.toString(days));
    options.put("members_removed", Integer.toString(pruned.size()));
    String reason =
        request.auditLogReason() != null ? request.auditLogReason() : textOrNull(body, "reason");
    world.audit(guild, MEMBER_PRUNE, world.bot().id(), null, null, options, reason);
    ObjectNode answer = Json.object();
    if (body.path("compute_prune_count").asBoolean(true)) {
      answer.put("pruned", pruned.size());
    } else {
      answer.putNull("pruned");
    }
    return RestResponse.ok(answer, "pruned " + pruned.size() + " members");
  }

  /**
   * The members a prune removes: joined at least {@code days} ago (the testkit's stand-in for
   * inactivity), not the owner or the bot, and with no roles besides the included ones.
   */
  private static List<Member> prunable(World world, Guild guild, int days, Set<Long> include) {
    Instant cutoff = world.now().minus(Duration.ofDays(days));
    return guild.members().stream()
        .filter(member -> member.user().id() != guild.ownerId())
        .filter(member -> member.user().id() != world.bot().id())
        .filter(member -> !member.joinedAt().isAfter(cutoff))
        .filter(member -> include.containsAll(member.roles()))
        .toList();
  }

  /** Reads and checks the role ids of a body: each must be a role of the guild. */
  private static List<Long> roleIds(Guild guild, JsonNode array) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode node : array) {
      long id = Json.readId(node).orElseThrow(() -> new ApiError(404, 10011, "Unknown Role"));
      if (id == guild.id()) {
        // @everyone is implied and never listed on a member.
        continue;
      }
      if (!guild.roles().contains(id)) {
        throw new ApiError(404, 10011, "Unknown Role");
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Requires that the bot may give or take a role: not a managed role, and below the bot's highest
   * role. Returns the partial role ({@code id}, {@code name}) the audit log lists.
   */
  private static ObjectNode assignable(World world, Guild guild, long roleId) {
    ObjectNode role =
        guild.roles().get(roleId).orElseThrow(() -> new ApiError(404, 10011, "Unknown Role"));
    if (role.path("managed").asBoolean() || roleId == guild.id()) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    Access.above(world, guild, role.path("position").asInt());
    ObjectNode partial = Json.object();
    partial.put("id", role.get("id").stringValue());
    partial.put("name", role.path("name").asString());
    return partial;
  }

  private static void auditRoles(
      World world, Guild guild, long userId, ArrayNode added, ArrayNode removed, String reason) {
    if (added.isEmpty() && removed.isEmpty()) {
      return;
    }
    MemberAudit changes = new MemberAudit();
    if (!added.isEmpty()) {
      changes.created("$add", added);
    }
    if (!removed.isEmpty()) {
      changes.created("$remove", removed);
    }
    world.audit(
        guild, MEMBER_ROLE_UPDATE, world.bot().id(), userId, changes.toJson(), null, reason);
  }

  /** Reads a timeout end; null lifts it. A time more than 28 days ahead is refused. */
  private static Instant timeout(World world, JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    Instant until;
    try {
      until = OffsetDateTime.parse(value.asString()).toInstant();
    } catch (DateTimeParseException e) {
      throw invalidTimeout("Could not parse " + value.asString() + ". Should be ISO8601.");
    }
    if (until.isAfter(world.now().plus(MAX_TIMEOUT))) {
      throw invalidTimeout("Cannot time out a member for more than 28 days.");
    }
    // A time in the past means no timeout, as Discord reads it.
    return until.isAfter(world.now()) ? until : null;
  }

  private static ApiError invalidTimeout(String message) {
    FormErrors errors = new FormErrors();
    errors.add("communication_disabled_until", "BASE_TYPE_BAD_TIMESTAMP", message);
    return new ApiError(errors.toResponse());
  }

  private static int intQuery(RestRequest request, String name, int fallback) {
    try {
      return request.queryParameter(name).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static long parseId(String text) {
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String textOrNull(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asString();
  }
}
