package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Get Guild Integrations and Delete Guild Integration ({@code resources/guild.mdx}): every guild
 * lists the bot's own integration; deleting it removes the bot from the guild, as Discord does.
 */
public final class IntegrationRoutes {

  /** The audit log event of a deleted integration. */
  static final int INTEGRATION_DELETE = 82;

  private IntegrationRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(
        router, world, "GET", "/guilds/{guild.id}/integrations", IntegrationRoutes::list);
    LockedRoutes.add(
        router,
        world,
        "DELETE",
        "/guilds/{guild.id}/integrations/{integration.id}",
        IntegrationRoutes::delete);
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    ArrayNode integrations = Json.array();
    guild.integrations().all().forEach(integrations::add);
    return RestResponse.ok(integrations, integrations.size() + " integrations");
  }

  private static RestResponse delete(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    long id =
        request
            .snowflake("integration.id")
            .filter(guild.integrations()::contains)
            .orElseThrow(() -> new ApiError(404, 10005, "Unknown Integration"));
    ObjectNode removed = guild.integrations().remove(id).orElseThrow();
    world.audit(
        guild,
        INTEGRATION_DELETE,
        world.bot().id(),
        id,
        AuditLogChanges.deleted(removed, "name", "type"),
        null,
        request.auditLogReason());
    ObjectNode deleted = Json.object();
    deleted.put("id", Json.id(id));
    deleted.put("guild_id", Json.id(guild.id()));
    if (removed.path("application").has("id")) {
      deleted.set("application_id", removed.path("application").get("id"));
    }
    world.dispatch(guild.id(), "INTEGRATION_DELETE", deleted);
    ObjectNode update = Json.object();
    update.put("guild_id", Json.id(guild.id()));
    world.dispatch(guild.id(), "GUILD_INTEGRATIONS_UPDATE", update);
    if (id == world.applicationId()) {
      // Removing the bot's integration kicks the bot: the guild is gone for it.
      world.removeGuild(guild.id());
      ObjectNode gone = Json.object();
      gone.put("id", Json.id(guild.id()));
      world.dispatch(guild.id(), "GUILD_DELETE", gone);
    }
    return new RestResponse(204, Json.object(), "204 integration " + Json.id(id) + " deleted");
  }
}
