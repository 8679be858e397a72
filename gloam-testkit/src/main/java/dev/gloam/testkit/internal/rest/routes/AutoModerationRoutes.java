package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of auto moderation rules ({@code resources/auto-moderation.mdx}): list, get,
 * create, modify and delete. Every route needs MANAGE_GUILD, a TIMEOUT action also
 * MODERATE_MEMBERS. The per-guild maximum of each trigger type (6 KEYWORD, 1 of the others), the
 * trigger metadata that belongs to each type, the action metadata and the exempt roles and channels
 * are checked; changes send AUTO_MODERATION_RULE_CREATE/UPDATE/DELETE and write audit log entries
 * 140, 141 and 142. Human messages that match an enabled keyword rule cause
 * AUTO_MODERATION_ACTION_EXECUTION ({@link AutoModerationExecution}).
 */
public final class AutoModerationRoutes {

  /** Trigger type KEYWORD. */
  static final int KEYWORD = 1;

  /** Trigger type SPAM. */
  static final int SPAM = 3;

  /** Trigger type KEYWORD_PRESET. */
  static final int KEYWORD_PRESET = 4;

  /** Trigger type MENTION_SPAM. */
  static final int MENTION_SPAM = 5;

  /** Trigger type MEMBER_PROFILE. */
  static final int MEMBER_PROFILE = 6;

  /** Action type BLOCK_MESSAGE. */
  static final int BLOCK_MESSAGE = 1;

  /** Action type SEND_ALERT_MESSAGE. */
  static final int SEND_ALERT_MESSAGE = 2;

  /** Action type TIMEOUT. */
  static final int TIMEOUT = 3;

  private static final Map<Integer, Integer> MAX_PER_GUILD =
      Map.of(KEYWORD, 6, SPAM, 1, KEYWORD_PRESET, 1, MENTION_SPAM, 1, MEMBER_PROFILE, 1);
  private static final int MAX_TIMEOUT_SECONDS = 2_419_200;
  private static final String[] AUDITED_FIELDS = {
    "name",
    "event_type",
    "trigger_type",
    "trigger_metadata",
    "actions",
    "enabled",
    "exempt_roles",
    "exempt_channels"
  };

  private AutoModerationRoutes() {}

  /**
   * Adds the routes, and the listener that executes keyword rules on human messages.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    world.onMessageCreated(message -> AutoModerationExecution.messageCreated(world, message));
    String rules = "/guilds/{guild.id}/auto-moderation/rules";
    String rule = rules + "/{auto_moderation_rule.id}";
    LockedRoutes.add(router, world, "GET", rules, (locked, request) -> list(world, request));
    LockedRoutes.add(router, world, "POST", rules, (locked, request) -> create(world, request));
    LockedRoutes.add(router, world, "GET", rule, (locked, request) -> get(world, request));
    LockedRoutes.add(router, world, "PATCH", rule, (locked, request) -> modify(world, request));
    LockedRoutes.add(router, world, "DELETE", rule, (locked, request) -> delete(world, request));
  }

  private static Guild guild(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    return guild;
  }

  private static ObjectNode rule(Guild guild, RestRequest request) {
    return Lookup.resource(
        guild.autoModerationRules(),
        request,
        "auto_moderation_rule.id",
        10066,
        "Unknown Auto Moderation Rule");
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = guild(world, request);
    ArrayNode rules = Json.array();
    guild.autoModerationRules().all().forEach(rules::add);
    return RestResponse.ok(rules, rules.size() + " auto moderation rules");
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = guild(world, request);
    ObjectNode rule = rule(guild, request);
    return RestResponse.ok(rule, "auto moderation rule " + rule.path("id").asString());
  }

  private static RestResponse create(World world, RestRequest request) {
    Guild guild = guild(world, request);
    ObjectNode body = Lookup.body(request);
    int triggerType = body.path("trigger_type").asInt();
    long id = world.nextId();
    ObjectNode rule = Json.object();
    rule.put("id", Json.id(id));
    rule.put("guild_id", Json.id(guild.id()));
    rule.put("name", body.path("name").asString());
    rule.put("creator_id", Json.id(world.bot().id()));
    rule.put("event_type", body.path("event_type").asInt(1));
    rule.put("trigger_type", triggerType);
    rule.set("trigger_metadata", Json.object());
    rule.putArray("actions");
    rule.put("enabled", false);
    rule.putArray("exempt_roles");
    rule.putArray("exempt_channels");
    FormErrors errors = new FormErrors();
    apply(world, guild, rule, body, errors);
    int max = MAX_PER_GUILD.getOrDefault(triggerType, 1);
    int existing =
        guild
            .autoModerationRules()
            .where(r -> r.path("trigger_type").asInt() == triggerType)
            .size();
    if (existing >= max) {
      errors.add(
          "trigger_type",
          "AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED",
          "Maximum number of rules of this type reached (" + max + ").");
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    guild.autoModerationRules().put(id, rule);
    world.dispatch(guild.id(), "AUTO_MODERATION_RULE_CREATE", rule);
    world.audit(
        guild,
        140,
        world.bot().id(),
        id,
        AuditLogChanges.created(rule, AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return RestResponse.ok(rule, "auto moderation rule " + Json.id(id));
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = guild(world, request);
    ObjectNode before = rule(guild, request);
    ObjectNode body = Lookup.body(request);
    FormErrors errors = new FormErrors();
    if (body.hasNonNull("trigger_type")
        && body.get("trigger_type").asInt() != before.path("trigger_type").asInt()) {
      errors.add("trigger_type", "BASE_TYPE_INVALID", "A rule's trigger type cannot change.");
    }
    ObjectNode after = before.deepCopy();
    if (body.hasNonNull("name")) {
      after.put("name", body.get("name").asString());
    }
    if (body.hasNonNull("event_type")) {
      after.put("event_type", body.get("event_type").asInt());
    }
    apply(world, guild, after, body, errors);
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    long id = Json.readId(after.get("id")).orElseThrow();
    guild.autoModerationRules().put(id, after);
    world.dispatch(guild.id(), "AUTO_MODERATION_RULE_UPDATE", after);
    world.audit(
        guild,
        141,
        world.bot().id(),
        id,
        AuditLogChanges.updated(before, after, AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return RestResponse.ok(after, "auto moderation rule " + Json.id(id));
  }

  private static RestResponse delete(World world, RestRequest request) {
    Guild guild = guild(world, request);
    ObjectNode rule = rule(guild, request);
    long id = Json.readId(rule.get("id")).orElseThrow();
    guild.autoModerationRules().remove(id);
    world.dispatch(guild.id(), "AUTO_MODERATION_RULE_DELETE", rule);
    world.audit(
        guild,
        142,
        world.bot().id(),
        id,
        AuditLogChanges.deleted(rule, AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return ThreadRoutes.noContent("deleted auto moderation rule " + Json.id(id));
  }

  /** Applies the optional fields of a create or modify body to a rule, checking each. */
  private static void apply(
      World world, Guild guild, ObjectNode rule, ObjectNode body, FormErrors errors) {
    int triggerType = rule.path("trigger_type").asInt();
    ObjectNode current = (ObjectNode) rule.get("trigger_metadata");
    rule.set(
        "trigger_metadata", triggerMetadata(triggerType, body.path("trigger_metadata"), current));
    if (body.has("actions")) {
      rule.set("actions", actions(world, guild, triggerType, body.get("actions"), errors));
    }
    if (body.hasNonNull("enabled")) {
      rule.put("enabled", body.get("enabled").asBoolean());
    }
    if (body.has("exempt_roles")) {
      rule.set("exempt_roles", exempt(body.get("exempt_roles"), guild, true, errors));
    }
    if (body.has("exempt_channels")) {
      rule.set("exempt_channels", exempt(body.get("exempt_channels"), guild, false, errors));
    }
  }

  /**
   * The trigger metadata a rule of a type carries, with every field of that type present (the
   * response schemas require them) and the rest dropped.
   */
  private static ObjectNode triggerMetadata(int triggerType, JsonNode given, ObjectNode current) {
    ObjectNode metadata = Json.object();
    switch (triggerType) {
      case KEYWORD, MEMBER_PROFILE -> {
        metadata.set("keyword_filter", list(given, current, "keyword_filter"));
        metadata.set("regex_patterns", list(given, current, "regex_patterns"));
        metadata.set("allow_list", list(given, current, "allow_list"));
      }
      case KEYWORD_PRESET -> {
        metadata.set("presets", list(given, current, "presets"));
        metadata.set("allow_list", list(given, current, "allow_list"));
      }
      case MENTION_SPAM -> {
        metadata.put("mention_total_limit", pick(given, current, "mention_total_limit").asInt(0));
        metadata.put(
            "mention_raid_protection_enabled",
            pick(given, current, "mention_raid_protection_enabled").asBoolean(false));
      }
      default -> {
        // SPAM rules have no metadata.
      }
    }
    return metadata;
  }

  private static JsonNode pick(JsonNode given, ObjectNode current, String field) {
    JsonNode value = given.get(field);
    return value != null && !value.isNull() ? value : current.path(field);
  }

  private static ArrayNode list(JsonNode given, ObjectNode current, String field) {
    JsonNode value = pick(given, current, field);
    return value instanceof ArrayNode array ? array.deepCopy() : Json.array();
  }

  private static ArrayNode actions(
      World world, Guild guild, int triggerType, JsonNode given, FormErrors errors) {
    ArrayNode actions = Json.array();
    if (given == null || given.isNull()) {
      return actions;
    }
    int index = 0;
    for (JsonNode action : given) {
      int type = action.path("type").asInt();
      JsonNode metadata = action.path("metadata");
      ObjectNode normalized = actions.addObject();
      normalized.put("type", type);
      ObjectNode out = normalized.putObject("metadata");
      String path = "actions." + index;
      switch (type) {
        case BLOCK_MESSAGE -> {
          if (metadata.hasNonNull("custom_message")) {
            out.put("custom_message", metadata.get("custom_message").asString());
          }
        }
        case SEND_ALERT_MESSAGE -> {
          Long channelId = Json.readId(metadata.get("channel_id")).orElse(null);
          if (channelId == null || !guild.channels().contains(channelId)) {
            errors.add(path + ".metadata.channel_id", "CHANNEL_INVALID", "Unknown channel.");
          } else {
            out.put("channel_id", Json.id(channelId));
          }
        }
        case TIMEOUT -> {
          if (triggerType != KEYWORD && triggerType != MENTION_SPAM) {
            errors.add(
                path + ".type",
                "AUTO_MODERATION_INVALID_ACTION_FOR_TRIGGER",
                "Timeout actions are only for keyword and mention spam rules.");
          }
          int seconds = metadata.path("duration_seconds").asInt(-1);
          if (seconds < 0 || seconds > MAX_TIMEOUT_SECONDS) {
            errors.add(
                path + ".metadata.duration_seconds",
                "NUMBER_TYPE_MAX",
                "Must be between 0 and " + MAX_TIMEOUT_SECONDS + ".");
          }
          out.put("duration_seconds", Math.max(0, seconds));
          Access.inGuild(world, guild, Permissions.MODERATE_MEMBERS);
        }
        default -> {
          // BLOCK_MEMBER_INTERACTION carries no metadata.
        }
      }
      index++;
    }
    return actions;
  }

  private static ArrayNode exempt(JsonNode given, Guild guild, boolean roles, FormErrors errors) {
    ArrayNode ids = Json.array();
    if (given == null || given.isNull()) {
      return ids;
    }
    String field = roles ? "exempt_roles" : "exempt_channels";
    int index = 0;
    for (JsonNode item : given) {
      Long id = Json.readId(item).orElse(null);
      boolean known =
          id != null && (roles ? guild.roles().contains(id) : guild.channels().contains(id));
      if (!known) {
        errors.add(
            field + "." + index,
            roles ? "ROLE_INVALID" : "CHANNEL_INVALID",
            roles ? "Unknown role." : "Unknown channel.");
      } else {
        ids.add(Json.id(id));
      }
      index++;
    }
    return ids;
  }
}
