package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.world.Documents;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.World;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds what a request names, or ends it with Discord's 404 for the kind of thing that is missing
 * ({@code topics/opcodes-and-status-codes.mdx}, "JSON Error Codes"). Every stateful route reads its
 * path parameters and body through here, so unknown ids answer alike everywhere.
 */
public final class Lookup {

  private Lookup() {}

  /**
   * The guild of {@code {guild.id}}.
   *
   * @param world the world
   * @param request the request
   * @return the guild
   * @throws ApiError 404 Unknown Guild (10004)
   */
  public static Guild guild(World world, RestRequest request) {
    return request
        .snowflake("guild.id")
        .flatMap(world::guild)
        .orElseThrow(() -> new ApiError(404, 10004, "Unknown Guild"));
  }

  /**
   * The channel or thread of {@code {channel.id}}.
   *
   * @param world the world
   * @param request the request
   * @return the channel and its guild
   * @throws ApiError 404 Unknown Channel (10003)
   */
  public static GuildChannel channel(World world, RestRequest request) {
    return channel(world, request, "channel.id");
  }

  /**
   * The channel or thread named by a path parameter.
   *
   * @param world the world
   * @param request the request
   * @param parameter the placeholder, for example {@code thread.id}
   * @return the channel and its guild
   * @throws ApiError 404 Unknown Channel (10003)
   */
  public static GuildChannel channel(World world, RestRequest request, String parameter) {
    return request
        .snowflake(parameter)
        .flatMap(world::channel)
        .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
  }

  /**
   * The member of {@code {user.id}} (or the bot for {@code @me}).
   *
   * @param world the world
   * @param guild the guild
   * @param request the request
   * @return the membership
   * @throws ApiError 404 Unknown Member (10007), or Unknown User (10013) for a malformed id
   */
  public static Member member(World world, Guild guild, RestRequest request) {
    long userId = userId(world, request);
    return guild.member(userId).orElseThrow(() -> new ApiError(404, 10007, "Unknown Member"));
  }

  /**
   * The user id of {@code {user.id}}, with {@code @me} meaning the bot.
   *
   * @param world the world
   * @param request the request
   * @return the id
   * @throws ApiError 404 Unknown User (10013) for a malformed id
   */
  public static long userId(World world, RestRequest request) {
    if ("@me".equals(request.pathParameters().get("user.id"))) {
      return world.bot().id();
    }
    return request.snowflake("user.id").orElseThrow(() -> new ApiError(404, 10013, "Unknown User"));
  }

  /**
   * A resource of a collection by the snowflake in a path parameter.
   *
   * @param documents the collection
   * @param request the request
   * @param parameter the placeholder, for example {@code role.id}
   * @param code Discord's JSON error code for the kind, for example 10011
   * @param message Discord's message, for example {@code Unknown Role}
   * @return a copy of the resource
   * @throws ApiError 404 with the code
   */
  public static ObjectNode resource(
      Documents<Long> documents, RestRequest request, String parameter, int code, String message) {
    Optional<Long> id = request.snowflake(parameter);
    return id.flatMap(documents::get).orElseThrow(() -> new ApiError(404, code, message));
  }

  /**
   * The JSON object body; an empty body reads as {@code {}}.
   *
   * @param request the request
   * @return the object
   * @throws ApiError 400 (50109) if the body is not a JSON object
   */
  public static ObjectNode body(RestRequest request) {
    if (request.body().isBlank()) {
      return Json.object();
    }
    if (request.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      throw new ApiError(400, 50109, "The request body contains invalid JSON.");
    }
    Optional<JsonNode> parsed = Json.parse(request.body());
    if (parsed.isEmpty() || !(parsed.get() instanceof ObjectNode object)) {
      throw new ApiError(400, 50109, "The request body contains invalid JSON.");
    }
    return object;
  }
}
