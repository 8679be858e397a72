package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.messages.MessageActions;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageReaction;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reaction routes of {@code resources/message.mdx}: Create Reaction, Delete Own Reaction,
 * Delete User Reaction, Get Reactions, Delete All Reactions and Delete All Reactions for Emoji.
 * Reactions are kept on the message, so its {@code reactions} show them.
 */
public final class ReactionRoutes {

  /** Discord's limit on distinct emoji reactions per message. */
  public static final int MAX_REACTIONS = 20;

  private static final String REACTIONS = "/channels/{channel.id}/messages/{message.id}/reactions";
  private static final String EMOJI = REACTIONS + "/{emoji.id}";

  private ReactionRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(
        router, world, "PUT", EMOJI + "/@me", (locked, request) -> add(world, request));
    LockedRoutes.add(
        router, world, "DELETE", EMOJI + "/@me", (locked, request) -> remove(world, request, true));
    LockedRoutes.add(
        router,
        world,
        "DELETE",
        EMOJI + "/{user.id}",
        (locked, request) -> remove(world, request, false));
    LockedRoutes.add(router, world, "GET", EMOJI, (locked, request) -> users(world, request));
    LockedRoutes.add(
        router, world, "DELETE", REACTIONS, (locked, request) -> removeAll(world, request));
    LockedRoutes.add(
        router, world, "DELETE", EMOJI, (locked, request) -> removeEmoji(world, request));
  }

  /** The message and the emoji a request names. */
  private record Target(GuildChannel channel, StoredMessage message, ObjectNode emoji) {}

  private static Target target(World world, RestRequest request, boolean withEmoji) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, 0);
    StoredMessage message = MessageAccess.message(world, channel, request);
    ObjectNode emoji =
        withEmoji ? ReactionEmojiPath.parse(world, request.pathParameters().get("emoji.id")) : null;
    return new Target(channel, message, emoji);
  }

  private static RestResponse add(World world, RestRequest request) {
    Target target = target(world, request, true);
    List<MessageReaction> reactions = target.message().extras().reactions();
    boolean newEmoji = MessageActions.find(reactions, target.emoji()).isEmpty();
    // Adding to an existing reaction takes only READ_MESSAGE_HISTORY; a new emoji also takes
    // ADD_REACTIONS.
    MessageAccess.read(world, target.channel(), newEmoji ? Permissions.ADD_REACTIONS : 0);
    if (newEmoji && reactions.size() >= MAX_REACTIONS) {
      throw new ApiError(400, 30010, "Maximum number of reactions reached (20)");
    }
    MessageActions.addReaction(world, target.message(), world.bot().id(), target.emoji());
    return noContent("reaction added");
  }

  private static RestResponse remove(World world, RestRequest request, boolean own) {
    Target target = target(world, request, true);
    long userId = own ? world.bot().id() : Lookup.userId(world, request);
    if (userId != world.bot().id()) {
      Access.inChannel(world, target.channel(), Permissions.MANAGE_MESSAGES);
    }
    MessageActions.removeReaction(world, target.message(), userId, target.emoji());
    return noContent("reaction removed");
  }

  private static RestResponse users(World world, RestRequest request) {
    Target target = target(world, request, true);
    MessageAccess.read(world, target.channel(), 0);
    int limit =
        Math.clamp(request.queryParameter("limit").map(Integer::parseInt).orElse(25), 1, 100);
    long after =
        request
            .queryParameter("after")
            .map(
                value -> {
                  try {
                    return Long.parseUnsignedLong(value);
                  } catch (NumberFormatException e) {
                    return 0L;
                  }
                })
            .orElse(0L);
    boolean burst = request.queryParameter("type").map("1"::equals).orElse(false);
    ArrayNode users = Json.array();
    Optional<MessageReaction> reaction =
        MessageActions.find(target.message().extras().reactions(), target.emoji());
    if (reaction.isPresent() && !burst) {
      // Discord pages reacting users by id.
      reaction.get().userIds().stream()
          .sorted()
          .filter(id -> id > after)
          .limit(limit)
          .forEach(id -> world.user(id).ifPresent(user -> users.add(user.toJson())));
    }
    return RestResponse.ok(users, users.size() + " users");
  }

  private static RestResponse removeAll(World world, RestRequest request) {
    Target target = target(world, request, false);
    Access.inChannel(world, target.channel(), Permissions.MANAGE_MESSAGES);
    MessageActions.removeAllReactions(world, target.message());
    return noContent("reactions removed");
  }

  private static RestResponse removeEmoji(World world, RestRequest request) {
    Target target = target(world, request, true);
    Access.inChannel(world, target.channel(), Permissions.MANAGE_MESSAGES);
    MessageActions.removeEmoji(world, target.message(), target.emoji());
    return noContent("emoji reactions removed");
  }

  private static RestResponse noContent(String what) {
    return new RestResponse(204, Json.object(), "204 " + what);
  }
}
