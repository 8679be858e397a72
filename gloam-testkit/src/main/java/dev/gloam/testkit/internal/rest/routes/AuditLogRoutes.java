package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Documents;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Get Guild Audit Log ({@code resources/audit-log.mdx}): the entries every family writes through
 * {@link World#audit}, filtered by {@code user_id}, {@code target_id} and {@code action_type},
 * paged by {@code before} (newest first, the default) or {@code after} (oldest first) and {@code
 * limit} (1-100, 50 by default), with the users, webhooks, threads, integrations, application
 * commands, auto moderation rules and scheduled events the returned entries refer to. Needs
 * VIEW_AUDIT_LOG.
 */
public final class AuditLogRoutes {

  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 100;

  private AuditLogRoutes() {}

  /**
   * Adds the route.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/guilds/{guild.id}/audit-logs",
        (locked, request) -> auditLog(world, request));
  }

  private static RestResponse auditLog(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.VIEW_AUDIT_LOG);
    Optional<String> userId = request.snowflakeQuery("user_id").map(Json::id);
    Optional<String> targetId = request.snowflakeQuery("target_id").map(Json::id);
    Optional<Integer> actionType = request.queryParameter("action_type").map(Integer::parseInt);
    Optional<Long> before = request.snowflakeQuery("before");
    Optional<Long> after = request.snowflakeQuery("after");
    int limit = Math.max(1, Math.min(MAX_LIMIT, ThreadRoutes.limit(request, DEFAULT_LIMIT)));
    Predicate<ObjectNode> wanted =
        entry ->
            userId.map(id -> id.equals(entry.path("user_id").asString(""))).orElse(true)
                && targetId.map(id -> id.equals(entry.path("target_id").asString(""))).orElse(true)
                && actionType.map(type -> type == entry.path("action_type").asInt()).orElse(true)
                && before.map(id -> Long.compareUnsigned(id(entry), id) < 0).orElse(true)
                && after.map(id -> Long.compareUnsigned(id(entry), id) > 0).orElse(true);
    // The log is kept oldest first; with only after the answer stays ascending.
    List<ObjectNode> entries = new ArrayList<>(guild.auditLog().where(wanted));
    boolean ascending = after.isPresent() && before.isEmpty();
    if (!ascending) {
      Collections.reverse(entries);
    }
    if (entries.size() > limit) {
      entries = entries.subList(0, limit);
    }
    ObjectNode json = Json.object();
    ArrayNode entryArray = json.putArray("audit_log_entries");
    entries.forEach(entryArray::add);
    Set<Long> userIds = new LinkedHashSet<>();
    Set<Long> targetIds = new LinkedHashSet<>();
    for (ObjectNode entry : entries) {
      Json.readId(entry.get("user_id")).ifPresent(userIds::add);
      Json.readId(entry.get("target_id")).ifPresent(targetIds::add);
    }
    ArrayNode users = json.putArray("users");
    Set<Long> listedUsers = new LinkedHashSet<>(userIds);
    listedUsers.addAll(targetIds);
    for (long id : listedUsers) {
      world.user(id).ifPresent(user -> users.add(user.toJson()));
    }
    ArrayNode webhooks = json.putArray("webhooks");
    for (ObjectNode webhook : referenced(guild.webhooks(), targetIds, userIds)) {
      // The log names webhooks; their secrets stay with Get Webhook.
      webhook.remove("token");
      webhook.remove("url");
      webhooks.add(webhook);
    }
    ArrayNode threads = json.putArray("threads");
    for (ObjectNode channel : referenced(guild.channels(), targetIds, Set.of())) {
      if (Channels.isThread(channel.path("type").asInt())) {
        threads.add(channel);
      }
    }
    json.set("integrations", array(referenced(guild.integrations(), targetIds, Set.of())));
    ArrayNode commands = array(referenced(guild.commands(), targetIds, Set.of()));
    referenced(world.globalCommands(), targetIds, Set.of()).forEach(commands::add);
    json.set("application_commands", commands);
    json.set(
        "auto_moderation_rules",
        array(referenced(guild.autoModerationRules(), targetIds, Set.of())));
    json.set(
        "guild_scheduled_events", array(referenced(guild.scheduledEvents(), targetIds, Set.of())));
    return RestResponse.ok(json, entries.size() + " audit log entries");
  }

  private static long id(ObjectNode entry) {
    return Json.readId(entry.get("id")).orElse(0L);
  }

  private static List<ObjectNode> referenced(
      Documents<Long> documents, Set<Long> targetIds, Set<Long> alsoIds) {
    List<ObjectNode> found = new ArrayList<>();
    Set<Long> ids = new LinkedHashSet<>(targetIds);
    ids.addAll(alsoIds);
    for (long id : ids) {
      documents.get(id).ifPresent(found::add);
    }
    return found;
  }

  private static ArrayNode array(List<ObjectNode> objects) {
    ArrayNode array = Json.array();
    objects.forEach(array::add);
    return array;
  }
}
