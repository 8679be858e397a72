package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.RouteHandler;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reads a client makes to learn about its own application and the world it lives in, answered
 * from the world's state: Get Current Application ({@code GET /applications/@me}), Get Current Bot
 * Application Information ({@code GET /oauth2/applications/@me}), Get Guild Member, Get User and
 * List SKUs (which the documentation lists and the OpenAPI description lacks). Guilds and channels
 * are read through {@link GuildRoutes} and {@link ChannelRoutes}.
 */
public final class ResourceReadRoutes {

  private static final String UNKNOWN_GUILD = "Unknown Guild";

  private ResourceReadRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    get(router, "/applications/@me", request -> application(world));
    get(router, "/oauth2/applications/@me", request -> application(world));
    get(router, "/users/{user.id}", request -> user(world, request));
    get(router, "/guilds/{guild.id}/members/{user.id}", request -> member(world, request));
    // resources/sku.mdx lists this route; Discord's OpenAPI description lacks it.
    get(router, "/applications/{application.id}/skus", request -> skus(world, request));
  }

  private static void get(Router router, String template, RouteHandler handler) {
    router.add(new Route("GET", template, true, handler));
  }

  // One durable SKU, available for purchase, with an id derived from the application's.
  private static RestResponse skus(World world, RestRequest request) {
    if (request.snowflake("application.id").orElse(0L) != world.applicationId()) {
      throw new ApiError(
          403, 20012, "You are not authorized to perform this action on this application");
    }
    ObjectNode sku = Json.object();
    sku.put("id", Json.id(world.applicationId() + 1));
    sku.put("type", 2);
    sku.put("application_id", Json.id(world.applicationId()));
    sku.put("name", "Premium");
    sku.put("slug", "premium");
    sku.put("flags", 1 << 2);
    return RestResponse.ok(Json.array().add(sku), "1 sku");
  }

  private static RestResponse application(World world) {
    User bot = world.bot();
    ObjectNode json = Json.object();
    json.put("id", Json.id(world.applicationId()));
    // A bot's application carries the bot's name unless the developer renamed one of them.
    json.put("name", bot.username());
    json.putNull("icon");
    json.put("description", "");
    json.put("summary", "");
    json.putNull("type");
    json.put("bot_public", true);
    json.put("bot_require_code_grant", false);
    json.set("bot", bot.toJson());
    json.set("owner", world.human().toJson());
    json.putNull("team");
    json.put("verify_key", verifyKey(world.applicationId()));
    json.put("flags", World.APPLICATION_FLAGS);
    json.put("hook", true);
    json.put("is_monetized", false);
    json.put("approximate_guild_count", 1);
    json.put("approximate_user_install_count", 0);
    json.put("approximate_user_authorization_count", 0);
    // flags_new is the same bit set as flags, as a string so that it may grow past 53 bits.
    json.put("flags_new", Integer.toString(World.APPLICATION_FLAGS));
    json.put("explicit_content_filter", 0);
    json.putArray("eligible_oauth2_scopes").add("bot").add("applications.commands");
    json.putArray("redirect_uris");
    json.putNull("interactions_endpoint_url");
    json.putNull("role_connections_verification_url");
    // Installable in guilds (0) only, with no default scopes configured.
    json.putObject("integration_types_config").putObject("0");
    return RestResponse.ok(json, "application " + Json.id(world.applicationId()));
  }

  private static RestResponse user(World world, RestRequest request) {
    Optional<User> user = request.snowflake("user.id").flatMap(world::user);
    if (user.isEmpty()) {
      return DiscordErrors.error(404, 10013, "Unknown User");
    }
    return RestResponse.ok(user.get().toJson(), "user " + user.get().username());
  }

  private static RestResponse member(World world, RestRequest request) {
    Optional<Guild> guild = guild(world, request.snowflake("guild.id"));
    if (guild.isEmpty()) {
      return DiscordErrors.error(404, 10004, UNKNOWN_GUILD);
    }
    Optional<Member> member = request.snowflake("user.id").flatMap(guild.get()::member);
    if (member.isEmpty()) {
      return DiscordErrors.error(404, 10007, "Unknown Member");
    }
    return RestResponse.ok(member.get().toJson(), "member " + member.get().user().username());
  }

  private static Optional<Guild> guild(World world, Optional<Long> guildId) {
    return guildId.flatMap(world::guild);
  }

  /**
   * A stable 64-digit hex key, the shape of the hex-encoded Ed25519 public key Discord reports;
   * nothing signs with it yet.
   */
  private static String verifyKey(long applicationId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("verify-key:" + applicationId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
