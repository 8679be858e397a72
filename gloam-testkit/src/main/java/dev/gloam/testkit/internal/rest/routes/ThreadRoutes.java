package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.MessageCreateEvent;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of threads ({@code resources/channel.mdx}, {@code topics/threads.mdx}): Start
 * Thread from Message, Start Thread without Message, Start Thread in Forum or Media Channel, Join
 * and Leave Thread, Add, Remove, Get and List Thread Members, List Active Guild Threads and the
 * three archived thread lists. Modifying and deleting a thread go through {@code PATCH} and {@code
 * DELETE /channels/{channel.id}}, which hand threads to {@link ThreadChanges}.
 *
 * <p>Messages sent in a thread count in its {@code message_count}, make their author a member and
 * unarchive it unless it is locked ({@link ThreadActivity}).
 */
public final class ThreadRoutes {

  /** Discord's answer when an action does not apply to the channel's type. */
  static final String WRONG_CHANNEL_TYPE = "Cannot execute action on this channel type";

  /** The default of {@code auto_archive_duration} when neither request nor channel sets one. */
  static final int DEFAULT_AUTO_ARCHIVE_MINUTES = 1440;

  private static final int DEFAULT_ARCHIVED_LIMIT = 50;
  private static final int MAX_THREAD_MEMBERS_PAGE = 100;

  private ThreadRoutes() {}

  /**
   * Adds the routes, and the listener that keeps threads up to date as messages arrive.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    world.onMessageCreated(message -> ThreadActivity.messageCreated(world, message));
    LockedRoutes.add(
        router,
        world,
        "POST",
        "/channels/{channel.id}/messages/{message.id}/threads",
        (locked, request) -> startFromMessage(world, request));
    LockedRoutes.add(
        router, world, "POST", "/channels/{channel.id}/threads", (locked, r) -> start(world, r));
    LockedRoutes.add(
        router,
        world,
        "PUT",
        "/channels/{channel.id}/thread-members/@me",
        (locked, r) -> join(world, r));
    LockedRoutes.add(
        router,
        world,
        "DELETE",
        "/channels/{channel.id}/thread-members/@me",
        (locked, r) -> leave(world, r));
    LockedRoutes.add(
        router,
        world,
        "PUT",
        "/channels/{channel.id}/thread-members/{user.id}",
        (locked, r) -> addMember(world, r));
    LockedRoutes.add(
        router,
        world,
        "DELETE",
        "/channels/{channel.id}/thread-members/{user.id}",
        (locked, r) -> removeMember(world, r));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/thread-members/{user.id}",
        (locked, r) -> getMember(world, r));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/thread-members",
        (locked, r) -> members(world, r));
    LockedRoutes.add(
        router, world, "GET", "/guilds/{guild.id}/threads/active", (locked, r) -> active(world, r));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/threads/archived/public",
        (locked, r) -> archived(world, r, ArchivedList.PUBLIC));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/threads/archived/private",
        (locked, r) -> archived(world, r, ArchivedList.PRIVATE));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/users/@me/threads/archived/private",
        (locked, r) -> archived(world, r, ArchivedList.JOINED_PRIVATE));
  }

  private static RestResponse startFromMessage(World world, RestRequest request) {
    GuildChannel parent = Lookup.channel(world, request);
    int threadType =
        switch (parent.type()) {
          case Channels.GUILD_TEXT -> Channels.PUBLIC_THREAD;
          case Channels.GUILD_ANNOUNCEMENT -> Channels.ANNOUNCEMENT_THREAD;
          default -> throw new ApiError(400, 50024, WRONG_CHANNEL_TYPE);
        };
    Access.inChannel(world, parent, Permissions.CREATE_PUBLIC_THREADS);
    StoredMessage message =
        request
            .snowflake("message.id")
            .flatMap(id -> world.messages().find(parent.id(), id))
            .orElseThrow(() -> new ApiError(404, 10008, "Unknown Message"));
    if (world.channel(message.id()).isPresent()) {
      throw new ApiError(400, 160004, "A thread has already been created for this message");
    }
    ObjectNode body = Lookup.body(request);
    ObjectNode thread =
        Threads.newThread(
            message.id(),
            parent,
            threadType,
            body.path("name").asString(),
            world.bot().id(),
            autoArchive(body, parent),
            body.path("rate_limit_per_user").asInt(0),
            false,
            world.now());
    ObjectNode created = announce(world, parent.guild(), thread);
    // The starter message now carries the thread (MESSAGE_UPDATE, as the route documents).
    ObjectNode starterThread = thread.deepCopy();
    world.dispatch(
        parent.guildId(),
        "MESSAGE_UPDATE",
        intents -> {
          if (!MessageCreateEvent.isWanted(intents)) {
            return null;
          }
          ObjectNode update = MessageCreateEvent.build(world, message, intents);
          update.set("thread", starterThread.deepCopy());
          return update;
        });
    auditCreate(world, parent.guild(), thread, request);
    return new RestResponse(201, created, "201 thread " + Json.id(message.id()));
  }

  private static RestResponse start(World world, RestRequest request) {
    GuildChannel parent = Lookup.channel(world, request);
    ObjectNode body = Lookup.body(request);
    if (parent.type() == Channels.GUILD_FORUM || parent.type() == Channels.GUILD_MEDIA) {
      return ForumThreads.start(world, request, parent, body);
    }
    int requested = body.path("type").asInt(Channels.PRIVATE_THREAD);
    boolean fits =
        switch (parent.type()) {
          case Channels.GUILD_TEXT ->
              requested == Channels.PUBLIC_THREAD || requested == Channels.PRIVATE_THREAD;
          case Channels.GUILD_ANNOUNCEMENT ->
              requested == Channels.ANNOUNCEMENT_THREAD || requested == Channels.PUBLIC_THREAD;
          default -> false;
        };
    if (!fits) {
      throw new ApiError(400, 50024, WRONG_CHANNEL_TYPE);
    }
    int type =
        parent.type() == Channels.GUILD_ANNOUNCEMENT ? Channels.ANNOUNCEMENT_THREAD : requested;
    Access.inChannel(
        world,
        parent,
        type == Channels.PRIVATE_THREAD
            ? Permissions.CREATE_PRIVATE_THREADS
            : Permissions.CREATE_PUBLIC_THREADS);
    long id = world.nextId();
    ObjectNode thread =
        Threads.newThread(
            id,
            parent,
            type,
            body.path("name").asString(),
            world.bot().id(),
            autoArchive(body, parent),
            body.path("rate_limit_per_user").asInt(0),
            body.path("invitable").asBoolean(true),
            world.now());
    ObjectNode created = announce(world, parent.guild(), thread);
    auditCreate(world, parent.guild(), thread, request);
    return new RestResponse(201, created, "201 thread " + Json.id(id));
  }

  /**
   * Stores a new thread, sends THREAD_CREATE with {@code newly_created}, makes the bot its first
   * member and returns the thread as the create routes answer it (with the bot's {@code member}).
   */
  static ObjectNode announce(World world, Guild guild, ObjectNode thread) {
    long id = Json.readId(thread.get("id")).orElseThrow();
    guild.channels().put(id, thread);
    ObjectNode event = thread.deepCopy();
    event.put("newly_created", true);
    world.dispatch(guild.id(), "THREAD_CREATE", event);
    Threads.addMembers(world, guild, id, List.of(world.bot().id()), true);
    ObjectNode created = guild.channels().get(id).orElseThrow();
    created.set("member", guild.threadMembers(id).get(world.bot().id()).orElseThrow());
    return created;
  }

  /** Writes the THREAD_CREATE (110) audit log entry. */
  static void auditCreate(World world, Guild guild, ObjectNode thread, RestRequest request) {
    ObjectNode flat = flatten(thread);
    world.audit(
        guild,
        110,
        world.bot().id(),
        Json.readId(thread.get("id")).orElseThrow(),
        AuditLogChanges.created(flat, AUDITED_FIELDS),
        null,
        request.auditLogReason());
  }

  /** The thread fields audit log entries list, with the metadata flattened as Discord does. */
  static final String[] AUDITED_FIELDS = {
    "name",
    "type",
    "archived",
    "locked",
    "auto_archive_duration",
    "rate_limit_per_user",
    "flags",
    "invitable",
    "applied_tags"
  };

  /** The thread object with {@code thread_metadata}'s fields lifted to the top, for audit diffs. */
  static ObjectNode flatten(ObjectNode thread) {
    ObjectNode flat = thread.deepCopy();
    JsonNode metadata = flat.remove("thread_metadata");
    if (metadata instanceof ObjectNode fields) {
      flat.setAll(fields);
    }
    return flat;
  }

  static int autoArchive(ObjectNode body, GuildChannel parent) {
    JsonNode requested = body.get("auto_archive_duration");
    if (requested != null && requested.isIntegralNumber()) {
      return requested.asInt();
    }
    return parent
        .channel()
        .path("default_auto_archive_duration")
        .asInt(DEFAULT_AUTO_ARCHIVE_MINUTES);
  }

  private static GuildChannel thread(World world, RestRequest request) {
    GuildChannel thread = Lookup.channel(world, request);
    if (!thread.isThread()) {
      throw new ApiError(400, 50024, WRONG_CHANNEL_TYPE);
    }
    return thread;
  }

  private static void requireActive(GuildChannel thread) {
    if (Threads.archived(thread.channel())) {
      throw new ApiError(
          400,
          50083,
          "Tried to perform an operation on an archived thread, such as editing a message or"
              + " adding a user to the thread");
    }
  }

  private static RestResponse join(World world, RestRequest request) {
    GuildChannel thread = thread(world, request);
    Access.inChannel(world, thread, 0);
    requireActive(thread);
    Threads.addMembers(world, thread.guild(), thread.id(), List.of(world.bot().id()), false);
    return noContent("joined thread " + Json.id(thread.id()));
  }

  private static RestResponse leave(World world, RestRequest request) {
    GuildChannel thread = thread(world, request);
    requireActive(thread);
    Threads.removeMember(world, thread.guild(), thread.id(), world.bot().id());
    return noContent("left thread " + Json.id(thread.id()));
  }

  private static RestResponse addMember(World world, RestRequest request) {
    GuildChannel thread = thread(world, request);
    Access.inChannel(world, thread, Permissions.SEND_MESSAGES_IN_THREADS);
    requireActive(thread);
    Member member = Lookup.member(world, thread.guild(), request);
    Threads.addMembers(world, thread.guild(), thread.id(), List.of(member.user().id()), false);
    return noContent("added " + member.user().username() + " to thread " + Json.id(thread.id()));
  }

  private static RestResponse removeMember(World world, RestRequest request) {
    GuildChannel thread = thread(world, request);
    long granted =
        PermissionCalculator.inChannel(
            thread.guild(), thread.channel(), world.bot().id(), world.now());
    if ((granted & Permissions.VIEW_CHANNEL) == 0) {
      throw new ApiError(403, 50001, "Missing Access");
    }
    boolean creatorOfPrivate =
        thread.type() == Channels.PRIVATE_THREAD
            && Threads.ownerId(thread.channel()) == world.bot().id();
    if ((granted & Permissions.MANAGE_THREADS) == 0 && !creatorOfPrivate) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    requireActive(thread);
    long userId = Lookup.userId(world, request);
    if (!Threads.removeMember(world, thread.guild(), thread.id(), userId)) {
      throw new ApiError(404, 10007, "Unknown Member");
    }
    return noContent("removed " + Json.id(userId) + " from thread " + Json.id(thread.id()));
  }

  private static RestResponse getMember(World world, RestRequest request) {
    GuildChannel thread = thread(world, request);
    Access.inChannel(world, thread, 0);
    long userId = Lookup.userId(world, request);
    ObjectNode member =
        thread
            .guild()
            .threadMembers(thread.id())
            .get(userId)
            .orElseThrow(() -> new ApiError(404, 10007, "Unknown Member"));
    if (request.flag("with_member")) {
      withGuildMember(thread.guild(), member, userId);
    }
    return RestResponse.ok(member, "thread member " + Json.id(userId));
  }

  private static RestResponse members(World world, RestRequest request) {
    GuildChannel thread = thread(world, request);
    Access.inChannel(world, thread, 0);
    List<ObjectNode> all = new ArrayList<>(thread.guild().threadMembers(thread.id()).all());
    all.sort(Comparator.comparing(m -> Long.parseUnsignedLong(m.get("user_id").stringValue())));
    boolean withMember = request.flag("with_member");
    // Only with_member=true pages the list in API v10 (the route's warning).
    long after = withMember ? request.snowflakeQuery("after").orElse(0L) : 0L;
    int limit = withMember ? limit(request, MAX_THREAD_MEMBERS_PAGE) : Integer.MAX_VALUE;
    ArrayNode page = Json.array();
    for (ObjectNode member : all) {
      long userId = Long.parseUnsignedLong(member.get("user_id").stringValue());
      if (Long.compareUnsigned(userId, after) <= 0 || page.size() >= limit) {
        continue;
      }
      if (withMember) {
        withGuildMember(thread.guild(), member, userId);
      }
      page.add(member);
    }
    return RestResponse.ok(page, page.size() + " thread members");
  }

  private static void withGuildMember(Guild guild, ObjectNode threadMember, long userId) {
    guild.member(userId).ifPresent(m -> threadMember.set("member", m.toJson()));
  }

  private static RestResponse active(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    List<ObjectNode> threads =
        guild
            .channels()
            .where(c -> isThread(c) && !Threads.archived(c) && botSees(world, guild, c));
    threads.sort(byId().reversed());
    return threadList(world, guild, threads, false, "active threads");
  }

  private enum ArchivedList {
    PUBLIC,
    PRIVATE,
    JOINED_PRIVATE
  }

  private static RestResponse archived(World world, RestRequest request, ArchivedList list) {
    GuildChannel parent = Lookup.channel(world, request);
    int type = parent.type();
    if (type != Channels.GUILD_TEXT
        && type != Channels.GUILD_ANNOUNCEMENT
        && type != Channels.GUILD_FORUM
        && type != Channels.GUILD_MEDIA) {
      throw new ApiError(400, 50024, WRONG_CHANNEL_TYPE);
    }
    long needed = Permissions.READ_MESSAGE_HISTORY;
    if (list == ArchivedList.PRIVATE) {
      needed |= Permissions.MANAGE_THREADS;
    }
    Access.inChannel(world, parent, needed);
    Guild guild = parent.guild();
    long botId = world.bot().id();
    Predicate<ObjectNode> kind =
        switch (list) {
          case PUBLIC -> c -> c.path("type").asInt() != Channels.PRIVATE_THREAD;
          case PRIVATE -> c -> c.path("type").asInt() == Channels.PRIVATE_THREAD;
          case JOINED_PRIVATE ->
              c ->
                  c.path("type").asInt() == Channels.PRIVATE_THREAD
                      && guild.threadMembers(Json.readId(c.get("id")).orElse(0L)).contains(botId);
        };
    List<ObjectNode> threads =
        guild
            .channels()
            .where(
                c ->
                    isThread(c)
                        && Threads.archived(c)
                        && Threads.parentId(c) == parent.id()
                        && kind.test(c));
    if (list == ArchivedList.JOINED_PRIVATE) {
      threads.sort(byId().reversed());
      Optional<Long> before = request.snowflakeQuery("before");
      before.ifPresent(
          id ->
              threads.removeIf(
                  c -> Long.compareUnsigned(Json.readId(c.get("id")).orElse(0L), id) >= 0));
    } else {
      threads.sort(Comparator.comparing(ThreadRoutes::archivedAt).reversed());
      Optional<Instant> before = instantQuery(request, "before");
      before.ifPresent(at -> threads.removeIf(c -> !archivedAt(c).isBefore(at)));
    }
    int limit = limit(request, DEFAULT_ARCHIVED_LIMIT);
    boolean hasMore = threads.size() > limit;
    List<ObjectNode> page = hasMore ? threads.subList(0, limit) : threads;
    return threadList(
        world, guild, page, hasMore, list.name().toLowerCase(Locale.ROOT) + " archived threads");
  }

  private static RestResponse threadList(
      World world, Guild guild, List<ObjectNode> threads, boolean hasMore, String what) {
    ObjectNode json = Json.object();
    ArrayNode threadArray = json.putArray("threads");
    threads.forEach(threadArray::add);
    json.set("members", Threads.botMemberships(world, guild, threads));
    json.put("has_more", hasMore);
    return RestResponse.ok(json, threads.size() + " " + what);
  }

  private static boolean isThread(ObjectNode channel) {
    return Channels.isThread(channel.path("type").asInt());
  }

  private static boolean botSees(World world, Guild guild, ObjectNode thread) {
    long granted = PermissionCalculator.inChannel(guild, thread, world.bot().id(), world.now());
    if ((granted & Permissions.VIEW_CHANNEL) == 0) {
      return false;
    }
    // Private threads show only to their members and to moderators (topics/threads.mdx).
    return thread.path("type").asInt() != Channels.PRIVATE_THREAD
        || (granted & Permissions.MANAGE_THREADS) != 0
        || guild.threadMembers(Json.readId(thread.get("id")).orElse(0L)).contains(world.bot().id());
  }

  private static Comparator<ObjectNode> byId() {
    return (a, b) ->
        Long.compareUnsigned(
            Json.readId(a.get("id")).orElse(0L), Json.readId(b.get("id")).orElse(0L));
  }

  private static Instant archivedAt(ObjectNode thread) {
    try {
      return OffsetDateTime.parse(
              thread.path("thread_metadata").path("archive_timestamp").asString(""))
          .toInstant();
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  private static Optional<Instant> instantQuery(RestRequest request, String name) {
    return request
        .queryParameter(name)
        .flatMap(
            value -> {
              try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  static int limit(RestRequest request, int defaultLimit) {
    try {
      return request.queryParameter("limit").map(Integer::parseInt).orElse(defaultLimit);
    } catch (NumberFormatException e) {
      return defaultLimit;
    }
  }

  static RestResponse noContent(String what) {
    return new RestResponse(204, Json.object(), "204 " + what);
  }

  /** Ids seen in a request array, for duplicate and existence checks. */
  static Set<Long> ids(JsonNode array, FormErrors errors, String field) {
    Set<Long> ids = new HashSet<>();
    int index = 0;
    for (JsonNode item : array) {
      Optional<Long> id = Json.readId(item);
      if (id.isEmpty()) {
        errors.add(field + "." + index, "NUMBER_TYPE_COERCE", "Value is not snowflake.");
      } else {
        ids.add(id.get());
      }
      index++;
    }
    return ids;
  }
}
