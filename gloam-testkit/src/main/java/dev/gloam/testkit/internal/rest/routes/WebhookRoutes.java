package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.internal.world.interaction.Integrations.ManagedMessage;
import dev.gloam.testkit.internal.world.interaction.SecretTokens;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The stateful routes of webhooks: create, list, get, modify, delete, execute, and webhook messages
 * (resources/webhook.mdx). The token routes also serve interaction follow-ups, whose path is the
 * same with the application id and the interaction token (see {@link InteractionRoutes}).
 */
public final class WebhookRoutes {

  /** Discord's limit on webhooks per channel (code 30007). */
  static final int MAX_WEBHOOKS_PER_CHANNEL = 15;

  private static final int INCOMING = 1;
  private static final int AUDIT_CREATE = 50;
  private static final int AUDIT_UPDATE = 51;
  private static final int AUDIT_DELETE = 52;

  private WebhookRoutes() {}

  /** A webhook and the guild it belongs to. */
  private record Found(Guild guild, ObjectNode webhook) {
    long id() {
      return Json.readId(webhook.get("id")).orElseThrow();
    }

    long channelId() {
      return Json.readId(webhook.get("channel_id")).orElseThrow();
    }
  }

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(
        router,
        world,
        "POST",
        "/channels/{channel.id}/webhooks",
        (locked, request) -> create(world, request));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/webhooks",
        (locked, request) -> channelWebhooks(world, request));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/guilds/{guild.id}/webhooks",
        (locked, request) -> guildWebhooks(world, request));
    LockedRoutes.add(
        router, world, "GET", "/webhooks/{webhook.id}", (locked, request) -> get(world, request));
    LockedRoutes.add(
        router,
        world,
        "PATCH",
        "/webhooks/{webhook.id}",
        (locked, request) -> modify(world, request, false));
    LockedRoutes.add(
        router,
        world,
        "DELETE",
        "/webhooks/{webhook.id}",
        (locked, request) -> delete(world, request, false));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "GET",
        "/webhooks/{webhook.id}/{webhook.token}",
        (locked, request) -> getWithToken(world, request));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "PATCH",
        "/webhooks/{webhook.id}/{webhook.token}",
        (locked, request) -> modify(world, request, true));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "DELETE",
        "/webhooks/{webhook.id}/{webhook.token}",
        (locked, request) -> delete(world, request, true));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "POST",
        "/webhooks/{webhook.id}/{webhook.token}",
        byOwner(InteractionRoutes::createFollowup, WebhookRoutes::execute));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "GET",
        "/webhooks/{webhook.id}/{webhook.token}/messages/{message.id}",
        byOwner(InteractionRoutes::getFollowup, WebhookRoutes::getMessage));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "PATCH",
        "/webhooks/{webhook.id}/{webhook.token}/messages/{message.id}",
        byOwner(InteractionRoutes::editFollowup, WebhookRoutes::editMessage));
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "DELETE",
        "/webhooks/{webhook.id}/{webhook.token}/messages/{message.id}",
        byOwner(InteractionRoutes::deleteFollowup, WebhookRoutes::deleteMessage));
  }

  // The application's id in a webhook path means the interaction webhook: its messages are an
  // interaction's follow-ups.
  private static LockedRoutes.Handler byOwner(
      LockedRoutes.Handler interaction, LockedRoutes.Handler webhook) {
    return (world, request) ->
        isInteraction(world, request)
            ? interaction.handle(world, request)
            : webhook.handle(world, request);
  }

  private static boolean isInteraction(World world, RestRequest request) {
    return request.snowflake("webhook.id").orElse(0L) == world.applicationId();
  }

  private static RestResponse create(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.MANAGE_WEBHOOKS);
    ObjectNode body = Lookup.body(request);
    String name = body.path("name").asString("");
    validateName(name);
    Guild guild = channel.guild();
    long inChannel =
        guild
            .webhooks()
            .where(w -> w.path("channel_id").asString("").equals(Json.id(channel.id())))
            .size();
    if (inChannel >= MAX_WEBHOOKS_PER_CHANNEL) {
      throw new ApiError(400, 30007, "Maximum number of webhooks reached (15)");
    }
    long id = world.nextId();
    ObjectNode webhook = Json.object();
    webhook.put("application_id", Json.id(world.applicationId()));
    webhook.putNull("avatar");
    webhook.put("channel_id", Json.id(channel.id()));
    webhook.put("guild_id", Json.id(guild.id()));
    webhook.put("id", Json.id(id));
    webhook.put("name", name);
    webhook.put("type", INCOMING);
    webhook.set("user", world.bot().toJson());
    webhook.put("token", world.integrations().tokens().webhookToken());
    guild.webhooks().put(id, webhook);
    webhooksUpdate(world, guild, channel.id());
    ArrayNode changes = Json.array();
    change(changes, "name", name);
    change(changes, "type", INCOMING);
    change(changes, "channel_id", Json.id(channel.id()));
    world.audit(guild, AUDIT_CREATE, world.bot().id(), id, changes, null, request.auditLogReason());
    return RestResponse.ok(webhook, "webhook " + Json.id(id));
  }

  private static void validateName(String name) {
    FormErrors errors = new FormErrors();
    int length = name.codePointCount(0, name.length());
    String lower = name.toLowerCase(Locale.ROOT);
    if (length < 1 || length > 80) {
      errors.add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 80 in length.");
    } else if (lower.contains("clyde") || lower.contains("discord")) {
      String word = lower.contains("clyde") ? "clyde" : "discord";
      errors.add("name", "USERNAME_INVALID_CONTAINS", "Username cannot contain \"" + word + "\"");
    } else if (name.isBlank()) {
      errors.add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 80 in length.");
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
  }

  private static RestResponse channelWebhooks(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.MANAGE_WEBHOOKS);
    String channelId = Json.id(channel.id());
    ArrayNode list = Json.array();
    channel
        .guild()
        .webhooks()
        .where(w -> w.path("channel_id").asString("").equals(channelId))
        .forEach(list::add);
    return RestResponse.ok(list, list.size() + " webhooks");
  }

  private static RestResponse guildWebhooks(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_WEBHOOKS);
    ArrayNode list = Json.array();
    guild.webhooks().all().forEach(list::add);
    return RestResponse.ok(list, list.size() + " webhooks");
  }

  private static RestResponse get(World world, RestRequest request) {
    Found found = find(world, request);
    // The application that made the webhook may read it without the permission.
    boolean owned =
        found.webhook().path("application_id").asString("").equals(Json.id(world.applicationId()));
    if (!owned) {
      Access.inChannel(world, channel(world, found), Permissions.MANAGE_WEBHOOKS);
    }
    return RestResponse.ok(found.webhook(), "webhook " + Json.id(found.id()));
  }

  private static RestResponse getWithToken(World world, RestRequest request) {
    if (isInteraction(world, request)) {
      throw new ApiError(404, 10015, "Unknown Webhook");
    }
    Found found = findWithToken(world, request);
    ObjectNode webhook = found.webhook();
    webhook.remove("user");
    return RestResponse.ok(webhook, "webhook " + Json.id(found.id()));
  }

  private static RestResponse modify(World world, RestRequest request, boolean withToken) {
    Found found = withToken ? findWithToken(world, request) : find(world, request);
    GuildChannel from = channel(world, found);
    if (!withToken) {
      Access.inChannel(world, from, Permissions.MANAGE_WEBHOOKS);
    }
    ObjectNode body = Lookup.body(request);
    ObjectNode webhook = found.webhook();
    ArrayNode changes = Json.array();
    if (body.has("name") && !body.path("name").isNull()) {
      String name = body.path("name").asString("");
      validateName(name);
      if (!name.equals(webhook.path("name").asString(""))) {
        changes.add(change("name", webhook.get("name"), name));
        webhook.put("name", name);
      }
    }
    if (body.has("avatar")) {
      // The image is not kept; a hash stands for it, as Discord returns one.
      String hash =
          body.path("avatar").isNull()
              ? null
              : Integer.toHexString(body.path("avatar").asString("").hashCode());
      webhook.put("avatar", hash);
    }
    GuildChannel to = from;
    if (!withToken && body.hasNonNull("channel_id")) {
      long target =
          Json.readId(body.get("channel_id"))
              .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
      to =
          world
              .channel(target)
              .filter(c -> c.guildId() == found.guild().id())
              .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
      if (to.isThread() || !Channels.isMessageable(to.type())) {
        throw new ApiError(400, 50024, "Cannot execute action on this channel type");
      }
      Access.inChannel(world, to, Permissions.MANAGE_WEBHOOKS);
      if (to.id() != from.id()) {
        changes.add(change("channel_id", webhook.get("channel_id"), Json.id(to.id())));
        webhook.put("channel_id", Json.id(to.id()));
      }
    }
    found.guild().webhooks().put(found.id(), webhook);
    webhooksUpdate(world, found.guild(), from.id());
    if (to.id() != from.id()) {
      webhooksUpdate(world, found.guild(), to.id());
    }
    world.audit(
        found.guild(),
        AUDIT_UPDATE,
        world.bot().id(),
        found.id(),
        changes,
        null,
        request.auditLogReason());
    ObjectNode answer = webhook.deepCopy();
    if (withToken) {
      answer.remove("user");
    }
    return RestResponse.ok(answer, "webhook " + Json.id(found.id()));
  }

  private static RestResponse delete(World world, RestRequest request, boolean withToken) {
    Found found = withToken ? findWithToken(world, request) : find(world, request);
    if (!withToken) {
      Access.inChannel(world, channel(world, found), Permissions.MANAGE_WEBHOOKS);
    }
    found.guild().webhooks().remove(found.id());
    webhooksUpdate(world, found.guild(), found.channelId());
    ArrayNode changes = Json.array();
    changes.add(change("name", found.webhook().get("name"), null));
    world.audit(
        found.guild(),
        AUDIT_DELETE,
        world.bot().id(),
        found.id(),
        changes,
        null,
        request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 webhook deleted");
  }

  private static RestResponse execute(World world, RestRequest request) {
    Found found = findWithToken(world, request);
    GuildChannel channel = target(world, request, found);
    ObjectNode body = WebhookMessages.body(request);
    String name = found.webhook().path("name").asString("");
    String override = body.path("username").asString("");
    if (!override.isEmpty()) {
      validateName(override);
      name = override;
    }
    // The message's author is the webhook itself, under the name this message gives it.
    User author = world.putUser(new User(found.id(), name, null, true));
    ManagedMessage message =
        WebhookMessages.send(
            world,
            channel,
            body,
            new WebhookMessages.Sender(author, found.id(), 0, 0, false, null),
            0);
    if (!request.flag("wait")) {
      return new RestResponse(204, Json.object(), "204 webhook message sent");
    }
    ObjectNode json = message.json();
    if (body.hasNonNull("avatar_url")) {
      ((ObjectNode) json.get("author")).put("avatar", body.path("avatar_url").asString(""));
    }
    return RestResponse.ok(json, "webhook message " + WebhookMessages.idOf(json));
  }

  private static RestResponse getMessage(World world, RestRequest request) {
    Found found = findWithToken(world, request);
    ManagedMessage message = ownMessage(world, request, found.id());
    return RestResponse.ok(
        message.json(), "webhook message " + WebhookMessages.idOf(message.json()));
  }

  private static RestResponse editMessage(World world, RestRequest request) {
    Found found = findWithToken(world, request);
    ManagedMessage message = ownMessage(world, request, found.id());
    ManagedMessage edited =
        WebhookMessages.edit(
            world,
            request.snowflake("message.id").orElseThrow(),
            message,
            WebhookMessages.body(request));
    return RestResponse.ok(edited.json(), "webhook message " + WebhookMessages.idOf(edited.json()));
  }

  private static RestResponse deleteMessage(World world, RestRequest request) {
    Found found = findWithToken(world, request);
    ManagedMessage message = ownMessage(world, request, found.id());
    WebhookMessages.delete(world, request.snowflake("message.id").orElseThrow(), message);
    return new RestResponse(204, Json.object(), "204 webhook message deleted");
  }

  private static ManagedMessage ownMessage(World world, RestRequest request, long webhookId) {
    return request
        .snowflake("message.id")
        .flatMap(id -> world.integrations().message(id))
        .filter(m -> m.ownerId() == webhookId && m.interactionId() == 0)
        .orElseThrow(() -> new ApiError(404, 10008, "Unknown Message"));
  }

  // The webhook's channel, or the thread of it that thread_id names.
  private static GuildChannel target(World world, RestRequest request, Found found) {
    GuildChannel channel = channel(world, found);
    Optional<String> threadId = request.queryParameter("thread_id");
    if (threadId.isEmpty()) {
      if (channel.type() == Channels.GUILD_FORUM || channel.type() == Channels.GUILD_MEDIA) {
        throw new ApiError(
            400, 220001, "Webhooks posted to forum channels must have a thread_name or thread_id");
      }
      return channel;
    }
    return world
        .channel(parseId(threadId.get()))
        .filter(GuildChannel::isThread)
        .filter(t -> t.channel().path("parent_id").asString("").equals(Json.id(channel.id())))
        .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
  }

  private static long parseId(String text) {
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      throw new ApiError(404, 10003, "Unknown Channel");
    }
  }

  private static GuildChannel channel(World world, Found found) {
    return world
        .channel(found.channelId())
        .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
  }

  private static Found find(World world, RestRequest request) {
    Optional<Long> id = request.snowflake("webhook.id");
    if (id.isPresent()) {
      for (Guild guild : world.guilds()) {
        Optional<ObjectNode> webhook = guild.webhooks().get(id.get());
        if (webhook.isPresent()) {
          return new Found(guild, webhook.get());
        }
      }
    }
    throw new ApiError(404, 10015, "Unknown Webhook");
  }

  private static Found findWithToken(World world, RestRequest request) {
    Found found = find(world, request);
    String token = found.webhook().path("token").asString("");
    if (!SecretTokens.matches(token, request.pathParameters().get("webhook.token"))) {
      throw new ApiError(401, 50027, "Invalid Webhook Token");
    }
    return found;
  }

  private static void webhooksUpdate(World world, Guild guild, long channelId) {
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    event.put("channel_id", Json.id(channelId));
    world.dispatch(guild.id(), "WEBHOOKS_UPDATE", event);
  }

  private static void change(ArrayNode changes, String key, Object value) {
    changes.add(change(key, null, value));
  }

  private static ObjectNode change(String key, Object oldValue, Object newValue) {
    ObjectNode change = Json.object();
    change.put("key", key);
    if (oldValue != null) {
      change.set("old_value", node(oldValue));
    }
    if (newValue != null) {
      change.set("new_value", node(newValue));
    }
    return change;
  }

  private static JsonNode node(Object value) {
    return switch (value) {
      case JsonNode json -> json.deepCopy();
      case Integer number -> IntNode.valueOf(number);
      default -> StringNode.valueOf(value.toString());
    };
  }
}
