package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where {@code PATCH} and {@code DELETE /channels/{channel.id}} go when the channel is a thread:
 * {@link ChannelRoutes} serves guild channels and hands threads over here, so that the thread
 * family can own their rules (resources/channel.mdx, "JSON Params (Thread)"; topics/threads.mdx).
 * What is here is a plain default: the thread fields are stored, MANAGE_THREADS is required, and
 * THREAD_UPDATE / THREAD_DELETE are sent.
 */
public final class ChannelThreadHook {

  private static final Set<String> THREAD_FIELDS =
      Set.of("name", "rate_limit_per_user", "flags", "applied_tags");
  private static final Set<String> METADATA_FIELDS =
      Set.of("archived", "auto_archive_duration", "locked", "invitable");

  private ChannelThreadHook() {}

  /**
   * Modify Channel for a thread.
   *
   * @param world the world
   * @param request the request
   * @param thread the thread
   * @return the updated thread
   */
  public static RestResponse modify(World world, RestRequest request, GuildChannel thread) {
    Access.inChannel(world, thread, Permissions.MANAGE_THREADS);
    ObjectNode body = Lookup.body(request);
    ObjectNode before = thread.channel();
    ObjectNode channel = before.deepCopy();
    for (String field : THREAD_FIELDS) {
      if (body.has(field)) {
        channel.set(field, body.get(field).deepCopy());
      }
    }
    ObjectNode metadata = channel.withObjectProperty("thread_metadata");
    for (String field : METADATA_FIELDS) {
      if (body.hasNonNull(field)) {
        metadata.set(field, body.get(field).deepCopy());
      }
    }
    thread.guild().channels().put(thread.id(), channel);
    world.dispatch(thread.guildId(), "THREAD_UPDATE", channel);
    world.audit(
        thread.guild(),
        111,
        world.bot().id(),
        thread.id(),
        GuildCoreChanges.between(before, channel, Set.of("id", "thread_metadata")),
        null,
        request.auditLogReason());
    return RestResponse.ok(channel, "thread #" + channel.path("name").asString());
  }

  /**
   * Delete Channel for a thread.
   *
   * @param world the world
   * @param request the request
   * @param thread the thread
   * @return the deleted thread
   */
  public static RestResponse delete(World world, RestRequest request, GuildChannel thread) {
    Access.inChannel(world, thread, Permissions.MANAGE_THREADS);
    ObjectNode channel = thread.channel();
    thread.guild().channels().remove(thread.id());
    thread.guild().dropThreadMembers(thread.id());
    ObjectNode event = Json.object();
    event.put("id", Json.id(thread.id()));
    event.put("guild_id", Json.id(thread.guildId()));
    event.set("parent_id", channel.get("parent_id"));
    event.put("type", thread.type());
    world.dispatch(thread.guildId(), "THREAD_DELETE", event);
    world.audit(
        thread.guild(),
        112,
        world.bot().id(),
        thread.id(),
        GuildCoreChanges.between(channel, null, Set.of("id", "thread_metadata")),
        null,
        request.auditLogReason());
    return RestResponse.ok(channel, "thread #" + channel.path("name").asString() + " deleted");
  }
}
