package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Documents;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of application commands, global and per guild, and their permissions
 * (interactions/application-commands.mdx). Discord sends bots no gateway event when commands
 * change. Permission changes need a user's Bearer token: any bearer token stands for a user who may
 * change them, and the bot token is refused as Discord refuses it.
 */
public final class CommandRoutes {

  private static final String GLOBAL = "/applications/{application.id}/commands";
  private static final String GUILD = "/applications/{application.id}/guilds/{guild.id}/commands";

  private CommandRoutes() {}

  /** Where commands live: the global list, or one guild's. */
  private record Scope(Documents<Long> commands, Guild guild) {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    for (String base : List.of(GLOBAL, GUILD)) {
      LockedRoutes.add(router, world, "GET", base, CommandRoutes::list);
      LockedRoutes.add(router, world, "POST", base, CommandRoutes::create);
      LockedRoutes.add(router, world, "PUT", base, CommandRoutes::bulkOverwrite);
      LockedRoutes.add(router, world, "GET", base + "/{command.id}", CommandRoutes::get);
      LockedRoutes.add(router, world, "PATCH", base + "/{command.id}", CommandRoutes::edit);
      LockedRoutes.add(router, world, "DELETE", base + "/{command.id}", CommandRoutes::delete);
    }
    LockedRoutes.add(router, world, "GET", GUILD + "/permissions", CommandRoutes::allPermissions);
    LockedRoutes.add(
        router, world, "GET", GUILD + "/{command.id}/permissions", CommandRoutes::permissions);
    LockedRoutes.add(
        router, world, "PUT", GUILD + "/{command.id}/permissions", CommandRoutes::editPermissions);
  }

  private static Scope scope(World world, RestRequest request) {
    if (request.snowflake("application.id").orElse(0L) != world.applicationId()) {
      throw new ApiError(
          403, 20012, "You are not authorized to perform this action on this application");
    }
    if (!request.pathParameters().containsKey("guild.id")) {
      return new Scope(world.globalCommands(), null);
    }
    Guild guild = Lookup.guild(world, request);
    return new Scope(guild.commands(), guild);
  }

  private static RestResponse list(World world, RestRequest request) {
    Scope scope = scope(world, request);
    boolean localized = request.flag("with_localizations");
    ArrayNode list = Json.array();
    for (ObjectNode command : sorted(scope.commands())) {
      if (!localized) {
        // Without the flag Discord leaves the dictionaries out of lists.
        command.remove("name_localizations");
        command.remove("description_localizations");
      }
      list.add(command);
    }
    return RestResponse.ok(list, list.size() + " commands");
  }

  private static RestResponse get(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ObjectNode command = command(scope, request);
    return RestResponse.ok(command, "command " + command.path("name").asString(""));
  }

  private static RestResponse create(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ObjectNode body = Lookup.body(request);
    CommandValidation.check(body, "");
    int type = body.path("type").asInt(CommandValidation.CHAT_INPUT);
    String name = body.path("name").asString("");
    Optional<ObjectNode> existing =
        scope
            .commands()
            .where(c -> c.path("type").asInt() == type && c.path("name").asString("").equals(name))
            .stream()
            .findFirst();
    if (existing.isEmpty()) {
      int ofType = scope.commands().where(c -> c.path("type").asInt() == type).size();
      if (ofType >= CommandValidation.limit(type)) {
        throw maximumReached();
      }
    }
    long id = existing.flatMap(c -> Json.readId(c.get("id"))).orElseGet(world::nextId);
    ObjectNode command = build(world, scope, id, body);
    scope.commands().put(id, command);
    return existing.isPresent()
        ? RestResponse.ok(command, "command " + name + " replaced")
        : new RestResponse(201, command, "201 command " + name);
  }

  private static RestResponse edit(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ObjectNode command = command(scope, request);
    ObjectNode body = Lookup.body(request);
    ObjectNode merged = command.deepCopy();
    body.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
    merged.put("type", command.path("type").asInt(CommandValidation.CHAT_INPUT));
    CommandValidation.check(merged, "");
    long id = Json.readId(command.get("id")).orElseThrow();
    String name = merged.path("name").asString("");
    boolean clash =
        !scope
            .commands()
            .where(
                c ->
                    !c.path("id").asString("").equals(Json.id(id))
                        && c.path("type").asInt() == merged.path("type").asInt()
                        && c.path("name").asString("").equals(name))
            .isEmpty();
    if (clash) {
      throw CommandValidation.duplicateName("name");
    }
    ObjectNode updated = build(world, scope, id, merged);
    scope.commands().put(id, updated);
    return RestResponse.ok(updated, "command " + name + " edited");
  }

  private static RestResponse delete(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ObjectNode command = command(scope, request);
    long id = Json.readId(command.get("id")).orElseThrow();
    scope.commands().remove(id);
    if (scope.guild() != null) {
      scope.guild().commandPermissions().remove(id);
    }
    return new RestResponse(204, Json.object(), "204 command deleted");
  }

  private static RestResponse bulkOverwrite(World world, RestRequest request) {
    Scope scope = scope(world, request);
    JsonNode body =
        request.body().isBlank()
            ? Json.array()
            : Json.parse(request.body())
                .filter(JsonNode::isArray)
                .orElseThrow(
                    () -> new ApiError(400, 50109, "The request body contains invalid JSON."));
    List<String> seen = new ArrayList<>();
    int[] perType = new int[5];
    for (int i = 0; i < body.size(); i++) {
      if (!(body.get(i) instanceof ObjectNode command)) {
        throw new ApiError(400, 50109, "The request body contains invalid JSON.");
      }
      CommandValidation.check(command, i + ".");
      int type = command.path("type").asInt(CommandValidation.CHAT_INPUT);
      String key = type + " " + command.path("name").asString("");
      if (seen.contains(key)) {
        throw CommandValidation.duplicateName(i + ".name");
      }
      seen.add(key);
      if (type >= 1 && type < perType.length && ++perType[type] > CommandValidation.limit(type)) {
        throw maximumReached();
      }
    }
    // Commands that keep their name and type keep their id; the others are replaced.
    List<ObjectNode> previous = scope.commands().all();
    for (ObjectNode old : previous) {
      scope.commands().remove(Json.readId(old.get("id")).orElseThrow());
    }
    ArrayNode result = Json.array();
    for (JsonNode node : body) {
      ObjectNode given = (ObjectNode) node;
      int type = given.path("type").asInt(CommandValidation.CHAT_INPUT);
      String name = given.path("name").asString("");
      long id =
          previous.stream()
              .filter(
                  c -> c.path("type").asInt() == type && c.path("name").asString("").equals(name))
              .findFirst()
              .flatMap(c -> Json.readId(c.get("id")))
              .orElseGet(world::nextId);
      ObjectNode command = build(world, scope, id, given);
      scope.commands().put(id, command);
      result.add(command);
    }
    return RestResponse.ok(result, result.size() + " commands");
  }

  private static RestResponse allPermissions(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ArrayNode list = Json.array();
    scope.guild().commandPermissions().all().forEach(list::add);
    return RestResponse.ok(list, list.size() + " command permissions");
  }

  private static RestResponse permissions(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ObjectNode command = command(scope, request);
    return scope
        .guild()
        .commandPermissions()
        .get(Json.readId(command.get("id")).orElseThrow())
        .map(permissions -> RestResponse.ok(permissions, "command permissions"))
        .orElseThrow(() -> new ApiError(404, 10066, "Unknown application command permissions"));
  }

  private static RestResponse editPermissions(World world, RestRequest request) {
    Scope scope = scope(world, request);
    ObjectNode command = command(scope, request);
    // interactions/application-commands.mdx, "Permissions": only a Bearer token may do this.
    if (!request.bearer()) {
      throw new ApiError(403, 20001, "Bots cannot use this endpoint");
    }
    JsonNode given = Lookup.body(request).get("permissions");
    long id = Json.readId(command.get("id")).orElseThrow();
    ObjectNode permissions = Json.object();
    permissions.put("id", Json.id(id));
    permissions.put("application_id", Json.id(world.applicationId()));
    permissions.put("guild_id", Json.id(scope.guild().id()));
    permissions.set(
        "permissions", given instanceof ArrayNode list ? list.deepCopy() : Json.array());
    scope.guild().commandPermissions().put(id, permissions);
    return RestResponse.ok(permissions, "command permissions set");
  }

  private static ObjectNode command(Scope scope, RestRequest request) {
    return Lookup.resource(
        scope.commands(), request, "command.id", 10063, "Unknown application command");
  }

  private static ObjectNode build(World world, Scope scope, long id, ObjectNode body) {
    int type = body.path("type").asInt(CommandValidation.CHAT_INPUT);
    ObjectNode command = Json.object();
    command.put("id", Json.id(id));
    command.put("application_id", Json.id(world.applicationId()));
    command.put("version", Json.id(world.nextId()));
    command.putNull("default_member_permissions");
    command.put("type", type);
    command.put("name", body.path("name").asString(""));
    command.set("name_localizations", nullable(body.get("name_localizations")));
    command.put("description", body.path("description").asString(""));
    command.set("description_localizations", nullable(body.get("description_localizations")));
    if (scope.guild() != null) {
      command.put("guild_id", Json.id(scope.guild().id()));
    } else {
      command.put("dm_permission", body.path("dm_permission").asBoolean(true));
    }
    if (body.hasNonNull("default_member_permissions")) {
      command.put("default_member_permissions", body.path("default_member_permissions").asString());
    }
    command.put("nsfw", body.path("nsfw").asBoolean(false));
    command.set(
        "integration_types",
        body.get("integration_types") instanceof ArrayNode types
            ? types.deepCopy()
            : Json.array().add(0));
    command.set("contexts", nullable(body.get("contexts")));
    if (body.get("options") instanceof ArrayNode options && !options.isEmpty()) {
      command.set("options", options.deepCopy());
    }
    return command;
  }

  private static JsonNode nullable(JsonNode value) {
    return value == null ? Json.object().nullNode() : value.deepCopy();
  }

  private static List<ObjectNode> sorted(Documents<Long> commands) {
    List<ObjectNode> list = new ArrayList<>(commands.all());
    list.sort(
        (a, b) ->
            Long.compareUnsigned(
                Json.readId(a.get("id")).orElse(0L), Json.readId(b.get("id")).orElse(0L)));
    return list;
  }

  private static ApiError maximumReached() {
    return new ApiError(400, 30032, "Maximum number of application commands reached");
  }
}
