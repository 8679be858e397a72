package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.GatewaySummaries;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.messages.MessageActions;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.MessageExtras;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message routes of {@code resources/message.mdx}: Get Channel Messages, Get Channel Message,
 * Create Message (JSON or multipart with files), Edit Message, Delete Message, Bulk Delete Messages
 * and Crosspost Message, in any messageable channel or thread of any guild.
 */
public final class MessageRoutes {

  /** How old a message may be for bulk deletion. */
  public static final Duration BULK_DELETE_MAX_AGE = Duration.ofDays(14);

  private static final String MESSAGES = "/channels/{channel.id}/messages";
  private static final String MESSAGE = MESSAGES + "/{message.id}";

  private MessageRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", MESSAGES, (locked, request) -> list(world, request));
    LockedRoutes.add(
        router, world, "POST", MESSAGES, (locked, request) -> createMessage(world, request));
    LockedRoutes.add(
        router,
        world,
        "POST",
        MESSAGES + "/bulk-delete",
        (locked, request) -> bulkDelete(world, request));
    LockedRoutes.add(router, world, "GET", MESSAGE, (locked, request) -> get(world, request));
    LockedRoutes.add(router, world, "PATCH", MESSAGE, (locked, request) -> edit(world, request));
    LockedRoutes.add(router, world, "DELETE", MESSAGE, (locked, request) -> delete(world, request));
    LockedRoutes.add(
        router,
        world,
        "POST",
        MESSAGE + "/crosspost",
        (locked, request) -> crosspost(world, request));
  }

  private static RestResponse list(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, MessageAccess.voice(channel));
    ArrayNode answer = Json.array();
    if (!MessageAccess.mayReadHistory(world, channel)) {
      // Discord answers an empty list rather than refusing.
      return RestResponse.ok(answer, "0 messages (no READ_MESSAGE_HISTORY)");
    }
    int limit =
        Math.clamp(request.queryParameter("limit").map(Integer::parseInt).orElse(50), 1, 100);
    Optional<Long> around = request.snowflakeQuery("around");
    Optional<Long> before = request.snowflakeQuery("before");
    Optional<Long> after = request.snowflakeQuery("after");
    List<StoredMessage> page;
    if (around.isPresent()) {
      long id = around.get();
      List<StoredMessage> newer = world.messages().between(channel.id(), id, Long.MAX_VALUE);
      List<StoredMessage> olderOrSame = world.messages().between(channel.id(), 0, id + 1);
      int newerCount = Math.min(newer.size(), limit / 2);
      page = new ArrayList<>(newer.subList(newer.size() - newerCount, newer.size()));
      page.addAll(olderOrSame.subList(0, Math.min(olderOrSame.size(), limit - newerCount)));
    } else if (before.isPresent()) {
      page = first(world.messages().between(channel.id(), 0, before.get()), limit);
    } else if (after.isPresent()) {
      // The messages right after the id, still newest first.
      List<StoredMessage> newer =
          world.messages().between(channel.id(), after.get(), Long.MAX_VALUE);
      page = newer.subList(Math.max(0, newer.size() - limit), newer.size());
    } else {
      page = first(world.messages().between(channel.id(), 0, Long.MAX_VALUE), limit);
    }
    long botId = world.bot().id();
    page.forEach(message -> answer.add(withThread(world, message.toJson(botId), message)));
    return RestResponse.ok(answer, page.size() + " messages");
  }

  private static RestResponse get(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    MessageAccess.read(world, channel, 0);
    StoredMessage message = MessageAccess.message(world, channel, request);
    return RestResponse.ok(
        withThread(world, message.toJson(world.bot().id()), message),
        "message " + Json.id(message.id()));
  }

  private static RestResponse createMessage(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    MessageAccess.requireMessageable(channel);
    MessageUpload upload = MessageUpload.read(request);
    ObjectNode json = upload.json();
    long needed = MessageAccess.send(channel);
    if (json.path("tts").asBoolean(false)) {
      needed |= Permissions.SEND_TTS_MESSAGES;
    }
    if (!upload.files().isEmpty()) {
      needed |= Permissions.ATTACH_FILES;
    }
    if (json.hasNonNull("poll")) {
      needed |= Permissions.SEND_POLLS;
    }
    if (json.hasNonNull("message_reference")) {
      needed |= Permissions.READ_MESSAGE_HISTORY;
    }
    Access.inChannel(world, channel, needed);
    long botId = world.bot().id();
    Optional<StoredMessage> duplicate = enforcedNonce(world, channel, json, botId);
    if (duplicate.isPresent()) {
      return RestResponse.ok(duplicate.get().toJson(botId), "message (same nonce)");
    }
    CreateMessageValidation validation =
        CreateMessageValidation.validate(json, upload.files(), world, channel, botId);
    if (validation.error() != null) {
      return validation.error();
    }
    MessageDraft draft = validation.draft();
    StoredMessage message = world.createMessage(draft);
    return RestResponse.ok(
        message.toJson(botId),
        "message " + Json.id(message.id()) + " " + GatewaySummaries.quote(message.content()));
  }

  // enforce_nonce: a message of the same author with the same nonce is answered again, not
  // created twice.
  private static Optional<StoredMessage> enforcedNonce(
      World world, GuildChannel channel, ObjectNode json, long authorId) {
    JsonNode nonce = json.get("nonce");
    if (!json.path("enforce_nonce").asBoolean(false) || nonce == null || nonce.isNull()) {
      return Optional.empty();
    }
    return world.messages().between(channel.id(), 0, Long.MAX_VALUE).stream()
        .filter(m -> m.author().id() == authorId && m.nonce() != null)
        .filter(m -> m.nonce().asString().equals(nonce.asString()))
        .findFirst();
  }

  private static RestResponse edit(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, 0);
    StoredMessage message = MessageAccess.message(world, channel, request);
    MessageUpload upload = MessageUpload.read(request);
    ObjectNode json = upload.json();
    long botId = world.bot().id();
    boolean author = message.author().id() == botId;
    boolean changesContent =
        json.has("content")
            || json.has("embeds")
            || json.has("components")
            || json.has("attachments")
            || !upload.files().isEmpty();
    if (!author && changesContent) {
      throw new ApiError(403, 50005, "Cannot edit a message authored by another user");
    }
    if (!author && json.has("flags")) {
      Access.inChannel(world, channel, Permissions.MANAGE_MESSAGES);
    }
    if (json.hasNonNull("poll")) {
      throw new ApiError(400, 520003, "Cannot edit a poll message");
    }
    FormErrors errors = new FormErrors();
    String content = message.content();
    if (json.has("content")) {
      content = json.get("content").isNull() ? "" : json.get("content").asString();
      if (content.codePointCount(0, content.length())
          > CreateMessageValidation.MAX_CONTENT_LENGTH) {
        errors.add(
            "content",
            "BASE_TYPE_MAX_LENGTH",
            "Must be " + CreateMessageValidation.MAX_CONTENT_LENGTH + " or fewer in length.");
      }
    }
    ArrayNode embeds = replacedArray(json, "embeds", message.embeds());
    if (embeds.size() > CreateMessageValidation.MAX_EMBEDS) {
      errors.add(
          "embeds",
          "BASE_TYPE_MAX_LENGTH",
          "Must be " + CreateMessageValidation.MAX_EMBEDS + " or fewer in length.");
    }
    embeds.forEach(
        embed -> {
          if (embed instanceof ObjectNode object && !object.has("type")) {
            object.put("type", "rich");
          }
        });
    ArrayNode components = replacedArray(json, "components", message.components());
    if (!errors.isEmpty()) {
      return errors.toResponse();
    }
    MessageExtras extras = message.extras();
    if (json.hasNonNull("flags")) {
      int requested = json.get("flags").asInt();
      int editable = StoredMessage.FLAG_SUPPRESS_EMBEDS;
      // IS_COMPONENTS_V2 can be set but never taken away.
      int flags = (extras.flags() & ~editable) | (requested & editable) | (requested & (1 << 15));
      extras = extras.withFlags(flags);
    }
    StoredMessage changed;
    if (changesContent) {
      ArrayNode attachments = keptAttachments(json, extras.attachments());
      ArrayNode requests = json.get("attachments") instanceof ArrayNode a ? a : Json.array();
      attachments.addAll(
          CreateMessageValidation.attachments(upload.files(), requests, world, channel));
      if (content.isEmpty()
          && embeds.isEmpty()
          && components.isEmpty()
          && attachments.isEmpty()
          && extras.stickerItems().isEmpty()
          && extras.poll() == null
          && extras.snapshots().isEmpty()) {
        return DiscordErrors.emptyMessage();
      }
      List<User> mentions = MessageMentions.users(world, content);
      if (message.referencedMessage() != null
          && message.mentions(message.referencedMessage().author().id())
          && !mentions.contains(message.referencedMessage().author())) {
        mentions.add(message.referencedMessage().author());
      }
      changed =
          message.edited(
              content,
              MessageMentions.everyone(world, channel, message.author().id(), content),
              mentions,
              embeds,
              components,
              extras.edited(world.now(), attachments));
    } else {
      changed = message.withExtras(extras);
    }
    MessageActions.update(world, changed);
    return RestResponse.ok(changed.toJson(botId), "message " + Json.id(changed.id()) + " edited");
  }

  // The attachments an edit keeps: those the request lists by id, or all of them if it lists none.
  private static ArrayNode keptAttachments(ObjectNode json, ArrayNode existing) {
    if (!(json.get("attachments") instanceof ArrayNode requested)) {
      return json.has("attachments") ? Json.array() : existing;
    }
    Set<String> kept = new HashSet<>();
    requested.forEach(item -> kept.add(item.path("id").asString("")));
    ArrayNode result = Json.array();
    for (JsonNode attachment : existing) {
      if (kept.contains(attachment.path("id").asString())) {
        result.add(attachment);
      }
    }
    return result;
  }

  private static ArrayNode replacedArray(ObjectNode json, String field, ArrayNode current) {
    if (!json.has(field)) {
      return current;
    }
    return json.get(field) instanceof ArrayNode array ? array.deepCopy() : Json.array();
  }

  private static RestResponse delete(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, 0);
    StoredMessage message = MessageAccess.message(world, channel, request);
    long botId = world.bot().id();
    boolean own = message.author().id() == botId;
    if (!own) {
      Access.inChannel(world, channel, Permissions.MANAGE_MESSAGES);
    }
    MessageActions.delete(world, message);
    if (!own) {
      // Discord logs deleting someone else's message (resources/audit-log.mdx, MESSAGE_DELETE).
      ObjectNode options = Json.object();
      options.put("channel_id", Json.id(channel.id()));
      options.put("count", "1");
      world.audit(
          channel.guild(),
          72,
          botId,
          message.author().id(),
          null,
          options,
          request.auditLogReason());
    }
    return new RestResponse(
        204, Json.object(), "204 message " + Json.id(message.id()) + " deleted");
  }

  private static RestResponse bulkDelete(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.MANAGE_MESSAGES);
    JsonNode ids = Lookup.body(request).path("messages");
    if (!ids.isArray() || ids.size() < 2 || ids.size() > 100) {
      throw new ApiError(
          400,
          50016,
          "Provided too few or too many messages to delete. Must provide at least 2 and fewer"
              + " than 100 messages to delete");
    }
    List<StoredMessage> found = new ArrayList<>();
    for (JsonNode node : ids) {
      long id = Json.readId(node).orElse(0L);
      if (SnowflakeGenerator.timestampOf(id).isBefore(world.now().minus(BULK_DELETE_MAX_AGE))) {
        throw new ApiError(400, 50034, "A message provided was too old to bulk delete");
      }
      world.messages().find(channel.id(), id).ifPresent(found::add);
    }
    if (!found.isEmpty()) {
      MessageActions.deleteBulk(world, channel.guildId(), channel.id(), found);
      ObjectNode options = Json.object();
      options.put("count", Integer.toString(found.size()));
      world.audit(
          channel.guild(),
          73,
          world.bot().id(),
          channel.id(),
          null,
          options,
          request.auditLogReason());
    }
    return new RestResponse(204, Json.object(), "204 " + found.size() + " messages deleted");
  }

  private static RestResponse crosspost(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.SEND_MESSAGES);
    StoredMessage message = MessageAccess.message(world, channel, request);
    long botId = world.bot().id();
    if (message.author().id() != botId) {
      Access.inChannel(world, channel, Permissions.MANAGE_MESSAGES);
    }
    if (channel.type() != Channels.GUILD_ANNOUNCEMENT) {
      throw new ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    if ((message.extras().flags() & StoredMessage.FLAG_CROSSPOSTED) != 0) {
      throw new ApiError(400, 40033, "This message has already been crossposted");
    }
    StoredMessage changed =
        message.withExtras(
            message.extras().withFlags(message.extras().flags() | StoredMessage.FLAG_CROSSPOSTED));
    MessageActions.update(world, changed);
    return RestResponse.ok(
        changed.toJson(botId), "message " + Json.id(changed.id()) + " crossposted");
  }

  private static List<StoredMessage> first(List<StoredMessage> messages, int limit) {
    return messages.subList(0, Math.min(limit, messages.size()));
  }

  // A message that started a thread carries the thread (resources/message.mdx, "thread").
  private static ObjectNode withThread(World world, ObjectNode json, StoredMessage message) {
    Threads.startedFrom(world, message.channelId(), message.id())
        .ifPresent(thread -> json.set("thread", thread));
    return json;
  }
}
