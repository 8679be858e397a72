package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.messages.MessageActions;
import dev.gloam.testkit.internal.messages.Polls;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The poll routes of {@code resources/poll.mdx}: Get Answer Voters and End Poll. Votes come from
 * humans only (bots cannot vote); tests cast them with the human-votes control.
 */
public final class PollRoutes {

  private PollRoutes() {}

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
        "/channels/{channel.id}/polls/{message.id}/answers/{answer_id}",
        (locked, request) -> voters(world, request));
    LockedRoutes.add(
        router,
        world,
        "POST",
        "/channels/{channel.id}/polls/{message.id}/expire",
        (locked, request) -> end(world, request));
  }

  private static RestResponse voters(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    MessageAccess.read(world, channel, 0);
    StoredMessage message = MessageAccess.message(world, channel, request);
    int answerId;
    try {
      answerId = Integer.parseInt(request.pathParameters().get("answer_id"));
    } catch (NumberFormatException e) {
      answerId = -1;
    }
    if (message.extras().poll() == null || !Polls.hasAnswer(message, answerId)) {
      throw new ApiError(404, 10008, "Unknown Message");
    }
    int limit =
        Math.clamp(request.queryParameter("limit").map(Integer::parseInt).orElse(25), 1, 100);
    long after = request.queryParameter("after").map(Long::parseUnsignedLong).orElse(0L);
    ObjectNode answer = Json.object();
    ArrayNode users = answer.putArray("users");
    message.extras().voters(answerId).stream()
        .sorted()
        .filter(id -> id > after)
        .limit(limit)
        .forEach(id -> world.user(id).ifPresent(user -> users.add(user.toJson())));
    return RestResponse.ok(answer, users.size() + " voters");
  }

  private static RestResponse end(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, 0);
    StoredMessage message = MessageAccess.message(world, channel, request);
    if (message.extras().poll() == null) {
      throw new ApiError(400, 520006, "Cannot expire a non-poll message");
    }
    if (message.author().id() != world.bot().id()) {
      // Only the poll's author may end it.
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    if (Polls.isOver(message, world.now())) {
      throw new ApiError(400, 520001, "Poll expired");
    }
    StoredMessage ended = message.withExtras(message.extras().withPollEnded(world.now()));
    MessageActions.update(world, ended);
    return RestResponse.ok(
        ended.toJson(world.bot().id()), "poll " + Json.id(ended.id()) + " ended");
  }
}
