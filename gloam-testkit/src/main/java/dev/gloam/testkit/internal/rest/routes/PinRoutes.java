package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.messages.MessageActions;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.MessageExtras;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pin routes of {@code resources/message.mdx}: Get Channel Pins, Pin Message and Unpin Message,
 * under {@code /messages/pins} and in their deprecated {@code /pins} form. Pinning sets the
 * message's {@code pinned}, sends MESSAGE_UPDATE and CHANNEL_PINS_UPDATE, posts the
 * CHANNEL_PINNED_MESSAGE system message and writes the audit log entry.
 */
public final class PinRoutes {

  /** Discord's limit on pinned messages per channel. */
  public static final int MAX_PINS = 250;

  private static final int AUDIT_MESSAGE_PIN = 74;
  private static final int AUDIT_MESSAGE_UNPIN = 75;

  private PinRoutes() {}

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
        "GET",
        "/channels/{channel.id}/messages/pins",
        (locked, request) -> list(world, request));
    LockedRoutes.add(
        router,
        world,
        "GET",
        "/channels/{channel.id}/pins",
        (locked, request) -> listDeprecated(world, request));
    for (String template :
        List.of(
            "/channels/{channel.id}/messages/pins/{message.id}",
            "/channels/{channel.id}/pins/{message.id}")) {
      LockedRoutes.add(router, world, "PUT", template, (locked, request) -> pin(world, request));
      LockedRoutes.add(
          router, world, "DELETE", template, (locked, request) -> unpin(world, request));
    }
  }

  private static RestResponse list(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, MessageAccess.voice(channel));
    int limit =
        Math.clamp(request.queryParameter("limit").map(Integer::parseInt).orElse(50), 1, 50);
    Instant before = request.queryParameter("before").map(PinRoutes::instant).orElse(null);
    List<StoredMessage> pins =
        MessageAccess.mayReadHistory(world, channel)
            ? world.messages().pinned(channel.id()).stream()
                .filter(m -> before == null || m.extras().pinnedAt().isBefore(before))
                .toList()
            : List.of();
    ObjectNode answer = Json.object();
    ArrayNode items = answer.putArray("items");
    long botId = world.bot().id();
    pins.stream()
        .limit(limit)
        .forEach(
            message -> {
              ObjectNode item = items.addObject();
              item.put("pinned_at", DiscordTime.format(message.extras().pinnedAt()));
              item.set("message", message.toJson(botId));
            });
    answer.put("has_more", pins.size() > limit);
    return RestResponse.ok(answer, items.size() + " pins");
  }

  private static RestResponse listDeprecated(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, MessageAccess.voice(channel));
    ArrayNode answer = Json.array();
    if (MessageAccess.mayReadHistory(world, channel)) {
      long botId = world.bot().id();
      world.messages().pinned(channel.id()).stream()
          .limit(50)
          .forEach(message -> answer.add(message.toJson(botId)));
    }
    return RestResponse.ok(answer, answer.size() + " pinned messages");
  }

  private static RestResponse pin(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.PIN_MESSAGES);
    StoredMessage message = MessageAccess.message(world, channel, request);
    if (message.type() == StoredMessage.TYPE_CHANNEL_PINNED_MESSAGE) {
      throw new ApiError(400, 50021, "Cannot execute action on a system message");
    }
    if (message.pinned()) {
      return noContent("already pinned");
    }
    if (world.messages().pinned(channel.id()).size() >= MAX_PINS) {
      throw new ApiError(400, 30003, "Maximum number of pins reached for the channel (250)");
    }
    Instant now = world.now();
    MessageActions.update(world, message.withExtras(message.extras().withPinnedAt(now)));
    pinsUpdated(world, channel, now);
    // Discord announces the pin in the channel with a system message that refers to it.
    ObjectNode reference = Json.object();
    reference.put("type", 0);
    reference.put("channel_id", Json.id(channel.id()));
    reference.put("message_id", Json.id(message.id()));
    reference.put("guild_id", Json.id(channel.guildId()));
    MessageExtras system =
        MessageExtras.NONE
            .withType(StoredMessage.TYPE_CHANNEL_PINNED_MESSAGE)
            .withParts(Json.array(), null, reference, Json.array());
    world.createMessage(
        new MessageDraft(
            channel.id(),
            world.bot().id(),
            "",
            false,
            null,
            Json.array(),
            Json.array(),
            null,
            system));
    audit(world, channel, message, AUDIT_MESSAGE_PIN, request);
    return noContent("message " + Json.id(message.id()) + " pinned");
  }

  private static RestResponse unpin(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.PIN_MESSAGES);
    StoredMessage message = MessageAccess.message(world, channel, request);
    if (!message.pinned()) {
      return noContent("not pinned");
    }
    MessageActions.update(world, message.withExtras(message.extras().withPinnedAt(null)));
    List<StoredMessage> left = world.messages().pinned(channel.id());
    pinsUpdated(world, channel, left.isEmpty() ? null : left.get(0).extras().pinnedAt());
    audit(world, channel, message, AUDIT_MESSAGE_UNPIN, request);
    return noContent("message " + Json.id(message.id()) + " unpinned");
  }

  // CHANNEL_PINS_UPDATE, and the channel's last_pin_timestamp that GET and GUILD_CREATE show.
  private static void pinsUpdated(World world, GuildChannel channel, Instant lastPin) {
    ObjectNode stored = channel.channel();
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(channel.guildId()));
    event.put("channel_id", Json.id(channel.id()));
    if (lastPin == null) {
      stored.putNull("last_pin_timestamp");
      event.putNull("last_pin_timestamp");
    } else {
      stored.put("last_pin_timestamp", DiscordTime.format(lastPin));
      event.put("last_pin_timestamp", DiscordTime.format(lastPin));
    }
    channel.guild().channels().put(channel.id(), stored);
    world.dispatch(channel.guildId(), "CHANNEL_PINS_UPDATE", event);
  }

  private static void audit(
      World world, GuildChannel channel, StoredMessage message, int action, RestRequest request) {
    ObjectNode options = Json.object();
    options.put("channel_id", Json.id(channel.id()));
    options.put("message_id", Json.id(message.id()));
    world.audit(
        channel.guild(),
        action,
        world.bot().id(),
        message.author().id(),
        null,
        options,
        request.auditLogReason());
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ApiError(400, 50035, "Invalid Form Body");
    }
  }

  private static RestResponse noContent(String what) {
    return new RestResponse(204, Json.object(), "204 " + what);
  }
}
