package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of stage instances ({@code resources/stage-instance.mdx}): create, get,
 * modify and delete. The channel must be a stage channel with at most one live instance (150006),
 * and changes need the bot to be a moderator of the stage (MANAGE_CHANNELS, MUTE_MEMBERS and
 * MOVE_MEMBERS in the channel). Changes send STAGE_INSTANCE_CREATE/UPDATE/DELETE and write audit
 * log entries 83, 84 and 85 with the channel in their options.
 */
public final class StageInstanceRoutes {

  private static final long MODERATOR =
      Permissions.MANAGE_CHANNELS | Permissions.MUTE_MEMBERS | Permissions.MOVE_MEMBERS;
  private static final String[] AUDITED_FIELDS = {"topic", "privacy_level"};

  private StageInstanceRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(
        router, world, "POST", "/stage-instances", (locked, request) -> create(world, request));
    String instance = "/stage-instances/{channel.id}";
    LockedRoutes.add(router, world, "GET", instance, (locked, request) -> get(world, request));
    LockedRoutes.add(router, world, "PATCH", instance, (locked, request) -> modify(world, request));
    LockedRoutes.add(
        router, world, "DELETE", instance, (locked, request) -> delete(world, request));
  }

  private static RestResponse create(World world, RestRequest request) {
    ObjectNode body = Lookup.body(request);
    GuildChannel channel =
        Json.readId(body.get("channel_id"))
            .flatMap(world::channel)
            .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
    if (channel.type() != Channels.GUILD_STAGE_VOICE) {
      throw new ApiError(400, 50024, ThreadRoutes.WRONG_CHANNEL_TYPE);
    }
    Access.inChannel(world, channel, MODERATOR);
    Guild guild = channel.guild();
    if (!instancesOf(guild, channel.id()).isEmpty()) {
      throw new ApiError(400, 150006, "The Stage is already open");
    }
    Long eventId = Json.readId(body.get("guild_scheduled_event_id")).orElse(null);
    if (eventId != null && !guild.scheduledEvents().contains(eventId)) {
      throw new ApiError(404, 10070, "Unknown Guild Scheduled Event");
    }
    long id = world.nextId();
    ObjectNode instance = Json.object();
    instance.put("id", Json.id(id));
    instance.put("guild_id", Json.id(guild.id()));
    instance.put("channel_id", Json.id(channel.id()));
    instance.put("topic", body.path("topic").asString());
    instance.put("privacy_level", body.path("privacy_level").asInt(2));
    instance.put("discoverable_disabled", false);
    instance.put("guild_scheduled_event_id", eventId == null ? null : Json.id(eventId));
    guild.stageInstances().put(id, instance);
    world.dispatch(guild.id(), "STAGE_INSTANCE_CREATE", instance);
    world.audit(
        guild,
        83,
        world.bot().id(),
        id,
        AuditLogChanges.created(instance, AUDITED_FIELDS),
        options(channel),
        request.auditLogReason());
    return RestResponse.ok(instance, "stage instance " + Json.id(id));
  }

  private static RestResponse get(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, 0);
    ObjectNode instance = instance(channel);
    return RestResponse.ok(instance, "stage instance " + instance.path("id").asString());
  }

  private static RestResponse modify(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    ObjectNode before = instance(channel);
    Access.inChannel(world, channel, MODERATOR);
    ObjectNode body = Lookup.body(request);
    ObjectNode after = before.deepCopy();
    if (body.hasNonNull("topic")) {
      after.put("topic", body.get("topic").asString());
    }
    if (body.hasNonNull("privacy_level")) {
      after.put("privacy_level", body.get("privacy_level").asInt());
    }
    long id = Json.readId(after.get("id")).orElseThrow();
    channel.guild().stageInstances().put(id, after);
    world.dispatch(channel.guildId(), "STAGE_INSTANCE_UPDATE", after);
    world.audit(
        channel.guild(),
        84,
        world.bot().id(),
        id,
        AuditLogChanges.updated(before, after, AUDITED_FIELDS),
        options(channel),
        request.auditLogReason());
    return RestResponse.ok(after, "stage instance " + Json.id(id));
  }

  private static RestResponse delete(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    ObjectNode instance = instance(channel);
    Access.inChannel(world, channel, MODERATOR);
    long id = Json.readId(instance.get("id")).orElseThrow();
    channel.guild().stageInstances().remove(id);
    world.dispatch(channel.guildId(), "STAGE_INSTANCE_DELETE", instance);
    world.audit(
        channel.guild(),
        85,
        world.bot().id(),
        id,
        AuditLogChanges.deleted(instance, AUDITED_FIELDS),
        options(channel),
        request.auditLogReason());
    return ThreadRoutes.noContent("deleted stage instance " + Json.id(id));
  }

  private static ObjectNode instance(GuildChannel channel) {
    List<ObjectNode> live = instancesOf(channel.guild(), channel.id());
    if (live.isEmpty()) {
      throw new ApiError(404, 10067, "Unknown Stage Instance");
    }
    return live.get(0);
  }

  private static List<ObjectNode> instancesOf(Guild guild, long channelId) {
    String id = Json.id(channelId);
    return guild.stageInstances().where(i -> i.path("channel_id").asString("").equals(id));
  }

  private static ObjectNode options(GuildChannel channel) {
    ObjectNode options = Json.object();
    options.put("channel_id", Json.id(channel.id()));
    return options;
  }
}
