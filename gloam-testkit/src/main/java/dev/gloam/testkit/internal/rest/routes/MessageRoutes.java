package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.GatewaySummaries;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** {@code POST /channels/{channel.id}/messages}: the bot sends a message. */
public final class MessageRoutes {

  private MessageRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    router.add(
        new Route(
            "POST",
            "/channels/{channel.id}/messages",
            true,
            request -> createMessage(world, request)));
  }

  private static RestResponse createMessage(World world, RestRequest request) {
    Optional<GuildChannel> channel = request.snowflake("channel.id").flatMap(world::channel);
    if (channel.isEmpty()) {
      return DiscordErrors.unknownChannel();
    }
    String contentType = request.contentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/")) {
      return DiscordErrors.unsupportedContentType("multipart");
    }
    Optional<JsonNode> body = Json.parse(request.body());
    if (body.isEmpty()) {
      return DiscordErrors.invalidJson();
    }
    CreateMessageValidation validation =
        CreateMessageValidation.validate(body.get(), world, channel.get(), world.bot().id());
    if (validation.error() != null) {
      return validation.error();
    }
    MessageDraft draft = validation.draft();
    StoredMessage message = world.createMessage(draft);
    return RestResponse.ok(
        message.toJson(),
        "message " + Json.id(message.id()) + " " + GatewaySummaries.quote(message.content()));
  }
}
