package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of guild scheduled events ({@code resources/guild-scheduled-event.mdx}):
 * list, create, get, modify and delete, and Get Guild Scheduled Event Users. Field requirements by
 * entity type, the valid status transitions, the 100 uncompleted events limit and the permission
 * requirements per entity type are enforced; each change sends its GUILD_SCHEDULED_EVENT_* event
 * and writes its audit log entry (100, 101, 102).
 */
public final class ScheduledEventRoutes {

  /** Entity type STAGE_INSTANCE. */
  static final int STAGE_INSTANCE = 1;

  /** Entity type VOICE. */
  static final int VOICE = 2;

  /** Entity type EXTERNAL. */
  static final int EXTERNAL = 3;

  /** Status SCHEDULED. */
  static final int SCHEDULED = 1;

  /** Status ACTIVE. */
  static final int ACTIVE = 2;

  /** Status COMPLETED. */
  static final int COMPLETED = 3;

  /** Status CANCELED. */
  static final int CANCELED = 4;

  private static final int MAX_UNCOMPLETED = 100;
  private static final int MAX_USERS_PAGE = 100;
  private static final String UNKNOWN_EVENT = "Unknown Guild Scheduled Event";
  private static final String[] AUDITED_FIELDS = {
    "name",
    "description",
    "channel_id",
    "scheduled_start_time",
    "scheduled_end_time",
    "privacy_level",
    "status",
    "entity_type",
    "entity_id",
    "location",
    "image",
    "recurrence_rule"
  };

  private ScheduledEventRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    String events = "/guilds/{guild.id}/scheduled-events";
    String event = events + "/{guild_scheduled_event.id}";
    LockedRoutes.add(router, world, "GET", events, (locked, request) -> list(world, request));
    LockedRoutes.add(router, world, "POST", events, (locked, request) -> create(world, request));
    LockedRoutes.add(router, world, "GET", event, (locked, request) -> get(world, request));
    LockedRoutes.add(router, world, "PATCH", event, (locked, request) -> modify(world, request));
    LockedRoutes.add(router, world, "DELETE", event, (locked, request) -> delete(world, request));
    LockedRoutes.add(
        router, world, "GET", event + "/users", (locked, request) -> users(world, request));
  }

  /**
   * Subscribes a user to a scheduled event and sends GUILD_SCHEDULED_EVENT_USER_ADD, as when a
   * member presses "Interested" in Discord's client. Runs under the world's lock.
   *
   * @param world the world
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param userId the subscribing member
   * @return true if the user was not subscribed yet
   * @throws IllegalArgumentException for an unknown guild, event or member
   */
  public static boolean subscribe(World world, long guildId, long eventId, long userId) {
    return world.change(
        () -> {
          Guild guild =
              world
                  .guild(guildId)
                  .orElseThrow(() -> new IllegalArgumentException("unknown guild " + guildId));
          if (!guild.scheduledEvents().contains(eventId)) {
            throw new IllegalArgumentException("unknown scheduled event " + eventId);
          }
          if (guild.member(userId).isEmpty()) {
            throw new IllegalArgumentException("user " + userId + " is not a member");
          }
          if (guild.scheduledEventUsers(eventId).contains(userId)) {
            return false;
          }
          ObjectNode subscription = Json.object();
          subscription.put("guild_scheduled_event_id", Json.id(eventId));
          subscription.put("user_id", Json.id(userId));
          guild.scheduledEventUsers(eventId).put(userId, subscription);
          ObjectNode body = subscription.deepCopy();
          body.put("guild_id", Json.id(guildId));
          world.dispatch(guildId, "GUILD_SCHEDULED_EVENT_USER_ADD", body);
          return true;
        });
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    boolean withCount = request.flag("with_user_count");
    ArrayNode list = Json.array();
    for (ObjectNode event : guild.scheduledEvents().all()) {
      list.add(render(guild, event, withCount));
    }
    return RestResponse.ok(list, list.size() + " scheduled events");
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode event = event(guild, request);
    channelOf(guild, event).ifPresent(channel -> Access.inChannel(world, channel, 0));
    return RestResponse.ok(
        render(guild, event, request.flag("with_user_count")),
        "scheduled event " + event.path("id").asString());
  }

  private static RestResponse create(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode body = Lookup.body(request);
    long granted = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    if ((granted & (Permissions.CREATE_EVENTS | Permissions.MANAGE_EVENTS)) == 0) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    int entityType = body.path("entity_type").asInt();
    long id = world.nextId();
    ObjectNode event = Json.object();
    event.put("id", Json.id(id));
    event.put("guild_id", Json.id(guild.id()));
    event.putNull("channel_id");
    event.put("creator_id", Json.id(world.bot().id()));
    event.put("name", body.path("name").asString());
    event.set("description", nullable(body.get("description")));
    event.putNull("scheduled_start_time");
    event.putNull("scheduled_end_time");
    event.put("privacy_level", body.path("privacy_level").asInt(2));
    event.put("status", SCHEDULED);
    event.put("entity_type", entityType);
    event.putNull("entity_id");
    event.putNull("entity_metadata");
    event.set("creator", world.bot().toJson());
    event.putNull("image");
    event.set("recurrence_rule", nullable(body.get("recurrence_rule")));
    event.putArray("guild_scheduled_event_exceptions");
    FormErrors errors = new FormErrors();
    apply(world, guild, event, body, errors, true);
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    requireEntityPermissions(world, guild, event, true);
    long uncompleted =
        guild.scheduledEvents().where(e -> e.path("status").asInt() <= ACTIVE).size();
    if (uncompleted >= MAX_UNCOMPLETED) {
      throw new ApiError(
          400, 30038, "Maximum number of uncompleted guild scheduled events reached (100)");
    }
    guild.scheduledEvents().put(id, event);
    world.dispatch(guild.id(), "GUILD_SCHEDULED_EVENT_CREATE", event);
    world.audit(
        guild,
        100,
        world.bot().id(),
        id,
        AuditLogChanges.created(flatten(event), AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return RestResponse.ok(event, "scheduled event " + Json.id(id));
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode before = event(guild, request);
    requireModifyPermission(world, guild, before);
    ObjectNode body = Lookup.body(request);
    int status = before.path("status").asInt();
    if (status == COMPLETED || status == CANCELED) {
      throw new ApiError(400, 180000, "Cannot update a finished event");
    }
    ObjectNode after = before.deepCopy();
    FormErrors errors = new FormErrors();
    if (body.hasNonNull("status")) {
      int next = body.get("status").asInt();
      boolean valid =
          next == status
              || (status == SCHEDULED && (next == ACTIVE || next == CANCELED))
              || (status == ACTIVE && next == COMPLETED);
      if (!valid) {
        errors.add(
            "status",
            "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION",
            "Invalid Guild Scheduled Event Status Transition");
      }
      after.put("status", next);
    }
    if (body.hasNonNull("name")) {
      after.put("name", body.get("name").asString());
    }
    if (body.has("description")) {
      after.set("description", nullable(body.get("description")));
    }
    if (body.hasNonNull("privacy_level")) {
      after.put("privacy_level", body.get("privacy_level").asInt());
    }
    if (body.has("recurrence_rule")) {
      after.set("recurrence_rule", nullable(body.get("recurrence_rule")));
    }
    if (body.hasNonNull("entity_type")) {
      after.put("entity_type", body.get("entity_type").asInt());
    }
    apply(world, guild, after, body, errors, false);
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    requireEntityPermissions(world, guild, after, false);
    guild.scheduledEvents().put(Json.readId(after.get("id")).orElseThrow(), after);
    world.dispatch(guild.id(), "GUILD_SCHEDULED_EVENT_UPDATE", after);
    world.audit(
        guild,
        101,
        world.bot().id(),
        Json.readId(after.get("id")).orElseThrow(),
        AuditLogChanges.updated(flatten(before), flatten(after), AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return RestResponse.ok(after, "scheduled event " + after.path("id").asString());
  }

  private static RestResponse delete(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode event = event(guild, request);
    requireModifyPermission(world, guild, event);
    requireEntityPermissions(world, guild, event, false);
    long id = Json.readId(event.get("id")).orElseThrow();
    guild.scheduledEvents().remove(id);
    guild.dropScheduledEventUsers(id);
    world.dispatch(guild.id(), "GUILD_SCHEDULED_EVENT_DELETE", event);
    world.audit(
        guild,
        102,
        world.bot().id(),
        id,
        AuditLogChanges.deleted(flatten(event), AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return ThreadRoutes.noContent("deleted scheduled event " + Json.id(id));
  }

  private static RestResponse users(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode event = event(guild, request);
    long eventId = Json.readId(event.get("id")).orElseThrow();
    List<ObjectNode> subscriptions = new ArrayList<>(guild.scheduledEventUsers(eventId).all());
    subscriptions.sort(Comparator.comparing(ScheduledEventRoutes::userId, Long::compareUnsigned));
    Optional<Long> before = request.snowflakeQuery("before");
    Optional<Long> after = request.snowflakeQuery("after");
    int limit = Math.min(MAX_USERS_PAGE, ThreadRoutes.limit(request, MAX_USERS_PAGE));
    // With both, only before counts; the page is the users nearest the cursor, still ascending.
    List<ObjectNode> page = new ArrayList<>();
    if (before.isPresent()) {
      subscriptions.removeIf(s -> Long.compareUnsigned(userId(s), before.get()) >= 0);
      page.addAll(
          subscriptions.subList(Math.max(0, subscriptions.size() - limit), subscriptions.size()));
    } else {
      long floor = after.orElse(0L);
      subscriptions.removeIf(s -> Long.compareUnsigned(userId(s), floor) <= 0);
      page.addAll(subscriptions.subList(0, Math.min(limit, subscriptions.size())));
    }
    boolean withMember = request.flag("with_member");
    ArrayNode list = Json.array();
    for (ObjectNode subscription : page) {
      long userId = userId(subscription);
      ObjectNode json = subscription.deepCopy();
      world.user(userId).ifPresent(user -> json.set("user", user.toJson()));
      json.put("response", 1);
      if (withMember) {
        guild.member(userId).ifPresent(member -> json.set("member", member.toJson()));
      }
      list.add(json);
    }
    return RestResponse.ok(list, list.size() + " scheduled event users");
  }

  private static long userId(ObjectNode subscription) {
    return Json.readId(subscription.get("user_id")).orElse(0L);
  }

  private static ObjectNode event(Guild guild, RestRequest request) {
    return Lookup.resource(
        guild.scheduledEvents(), request, "guild_scheduled_event.id", 10070, UNKNOWN_EVENT);
  }

  private static ObjectNode render(Guild guild, ObjectNode event, boolean withUserCount) {
    if (withUserCount) {
      long id = Json.readId(event.get("id")).orElse(0L);
      event.put("user_count", guild.scheduledEventUsers(id).size());
    }
    return event;
  }

  /**
   * Applies the entity fields of a create or modify body and checks the field requirements by
   * entity type, the times and the channel.
   */
  private static void apply(
      World world,
      Guild guild,
      ObjectNode event,
      ObjectNode body,
      FormErrors errors,
      boolean create) {
    int entityType = event.path("entity_type").asInt();
    if (body.has("channel_id")) {
      event.set("channel_id", nullable(body.get("channel_id")));
    }
    if (body.has("scheduled_start_time")) {
      time(body, "scheduled_start_time", errors)
          .ifPresent(t -> event.put("scheduled_start_time", DiscordTime.format(t)));
    }
    if (body.has("scheduled_end_time")) {
      Optional<Instant> end = time(body, "scheduled_end_time", errors);
      event.put("scheduled_end_time", end.map(DiscordTime::format).orElse(null));
    }
    if (entityType == EXTERNAL) {
      if (body.has("entity_metadata")) {
        event.set("entity_metadata", nullable(body.get("entity_metadata")));
      }
      String location = event.path("entity_metadata").path("location").asString("");
      if (location.isEmpty()) {
        errors.add("entity_metadata.location", "BASE_TYPE_REQUIRED", "This field is required");
      }
      if (!event.path("channel_id").isNull()) {
        errors.add("channel_id", "BASE_TYPE_INVALID", "Must be null for external events.");
      }
      if (event.path("scheduled_end_time").isNull()) {
        errors.add("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required");
      }
    } else {
      // Discord silently discards entity_metadata for events that are not external.
      event.putNull("entity_metadata");
      Optional<Long> channelId = Json.readId(event.get("channel_id"));
      if (channelId.isEmpty()) {
        errors.add("channel_id", "BASE_TYPE_REQUIRED", "This field is required");
      } else {
        GuildChannel channel =
            world
                .channel(channelId.get())
                .filter(c -> c.guildId() == guild.id())
                .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
        int expected =
            entityType == STAGE_INSTANCE ? Channels.GUILD_STAGE_VOICE : Channels.GUILD_VOICE;
        if (channel.type() != expected) {
          errors.add(
              "channel_id",
              "CHANNEL_TYPE_INVALID",
              "The channel type does not match the entity type.");
        }
      }
    }
    Optional<Instant> start = parse(event.path("scheduled_start_time").asString(""));
    Optional<Instant> end = parse(event.path("scheduled_end_time").asString(""));
    boolean startChanged = create || body.has("scheduled_start_time");
    if (startChanged
        && event.path("status").asInt() == SCHEDULED
        && start.isPresent()
        && !start.get().isAfter(world.now())) {
      errors.add(
          "scheduled_start_time",
          "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
          "Cannot schedule event in the past.");
    }
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      errors.add(
          "scheduled_end_time",
          "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
          "Cannot schedule event to end before starting.");
    }
  }

  private static void requireModifyPermission(World world, Guild guild, ObjectNode event) {
    long granted = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    boolean own = Json.readId(event.get("creator_id")).orElse(0L) == world.bot().id();
    long accepted =
        own ? Permissions.CREATE_EVENTS | Permissions.MANAGE_EVENTS : Permissions.MANAGE_EVENTS;
    if ((granted & accepted) == 0) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
  }

  /** The channel permissions of "Guild Scheduled Event Permissions Requirements". */
  private static void requireEntityPermissions(
      World world, Guild guild, ObjectNode event, boolean create) {
    Optional<GuildChannel> channel = channelOf(guild, event);
    if (channel.isEmpty()) {
      return;
    }
    long needed =
        switch (event.path("entity_type").asInt()) {
          case STAGE_INSTANCE ->
              Permissions.MANAGE_CHANNELS | Permissions.MUTE_MEMBERS | Permissions.MOVE_MEMBERS;
          case VOICE -> Permissions.CONNECT;
          default -> 0L;
        };
    if (create && event.path("entity_type").asInt() == STAGE_INSTANCE) {
      needed |= Permissions.CREATE_EVENTS;
    }
    Access.inChannel(world, channel.get(), needed);
  }

  private static Optional<GuildChannel> channelOf(Guild guild, ObjectNode event) {
    return Json.readId(event.get("channel_id"))
        .flatMap(id -> guild.channels().get(id))
        .map(channel -> new GuildChannel(guild, channel));
  }

  private static Optional<Instant> time(ObjectNode body, String field, FormErrors errors) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    Optional<Instant> parsed = parse(value.asString(""));
    if (parsed.isEmpty()) {
      errors.add(field, "DATE_TYPE_PARSE", "Could not parse " + value.asString("") + ".");
    }
    return parsed;
  }

  private static Optional<Instant> parse(String text) {
    try {
      return text.isEmpty()
          ? Optional.empty()
          : Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonNode nullable(JsonNode value) {
    return value == null || value.isNull() ? NullNode.getInstance() : value.deepCopy();
  }

  /**
   * The event with its entity metadata's {@code location} lifted to the top, as audit logs list it.
   */
  private static ObjectNode flatten(ObjectNode event) {
    ObjectNode flat = event.deepCopy();
    JsonNode location = event.path("entity_metadata").path("location");
    if (location.isString()) {
      flat.put("location", location.stringValue());
    }
    return flat;
  }
}
