package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Modify Channel and Delete/Close Channel when the channel is a thread ({@code
 * resources/channel.mdx}, "JSON Params (Thread)", and {@code topics/threads.mdx}, "Editing &amp;
 * Deleting Threads"). {@code ChannelRoutes} owns {@code PATCH} and {@code DELETE /channels/{id}}
 * and hands a thread here, so that the thread rules live with the thread family:
 *
 * <pre>{@code
 * if (channel.isThread()) return ThreadChanges.modify(world, request, channel);
 * if (channel.isThread()) return ThreadChanges.delete(world, request, channel);
 * }</pre>
 *
 * Both must be called under {@link World#lock()} (inside the route's {@code world.change}).
 */
public final class ThreadChanges {

  private ThreadChanges() {}

  /**
   * Modifies a thread: {@code name}, {@code archived}, {@code auto_archive_duration}, {@code
   * locked}, {@code invitable}, {@code rate_limit_per_user}, {@code flags} and {@code
   * applied_tags}. Unarchiving an unlocked thread needs only SEND_MESSAGES; unarchiving a locked
   * one needs MANAGE_THREADS; renaming, archiving, changing the archive duration or the tags needs
   * MANAGE_THREADS or being the thread's creator; {@code locked}, {@code invitable} and {@code
   * rate_limit_per_user} need MANAGE_THREADS. An archived thread can only be changed by a request
   * that unarchives it (400, 50083). Sends THREAD_UPDATE (and THREAD_MEMBER_UPDATE for the bot when
   * the thread is unarchived) and writes a THREAD_UPDATE (111) audit log entry.
   *
   * @param world the world
   * @param request the PATCH request
   * @param thread the thread, found by {@code {channel.id}}
   * @return 200 with the thread
   * @throws ApiError 403 (50001, 50013), 400 (50083, 50035, 50024)
   */
  public static RestResponse modify(World world, RestRequest request, GuildChannel thread) {
    ObjectNode body = Lookup.body(request);
    ObjectNode before = thread.channel();
    Guild guild = thread.guild();
    long granted = PermissionCalculator.inChannel(guild, before, world.bot().id(), world.now());
    if ((granted & Permissions.VIEW_CHANNEL) == 0) {
      throw new ApiError(403, 50001, "Missing Access");
    }
    boolean moderator = (granted & Permissions.MANAGE_THREADS) != 0;
    boolean creator = Threads.ownerId(before) == world.bot().id();
    boolean wasArchived = Threads.archived(before);
    boolean unarchives = wasArchived && body.has("archived") && !body.get("archived").asBoolean();
    if (wasArchived && !unarchives) {
      throw new ApiError(
          400,
          50083,
          "Tried to perform an operation on an archived thread, such as editing a message or"
              + " adding a user to the thread");
    }
    boolean lockedNow = Threads.locked(before);
    if (unarchives && lockedNow && !moderator) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    if (unarchives && (granted & Permissions.SEND_MESSAGES) == 0 && !moderator) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    boolean ownFields =
        body.has("name")
            || (body.has("archived") && body.get("archived").asBoolean())
            || body.has("auto_archive_duration")
            || body.has("applied_tags");
    boolean moderatorFields =
        body.has("locked") || body.has("invitable") || body.has("rate_limit_per_user");
    if ((ownFields && !moderator && !creator) || (moderatorFields && !moderator)) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    ObjectNode after = before.deepCopy();
    ObjectNode metadata = (ObjectNode) after.get("thread_metadata");
    boolean touchesArchive = false;
    if (body.hasNonNull("name")) {
      after.put("name", body.get("name").asString());
    }
    if (body.hasNonNull("archived")) {
      boolean archived = body.get("archived").asBoolean();
      touchesArchive |= archived != wasArchived;
      metadata.put("archived", archived);
      if (archived) {
        // Archiving unpins a forum post (topics/threads.mdx, "Forum and Media Channel Thread
        // Fields").
        after.put("flags", after.path("flags").asInt() & ~Threads.FLAG_PINNED);
      }
    }
    if (body.hasNonNull("auto_archive_duration")) {
      int duration = body.get("auto_archive_duration").asInt();
      touchesArchive |= duration != metadata.path("auto_archive_duration").asInt();
      metadata.put("auto_archive_duration", duration);
    }
    if (body.hasNonNull("locked")) {
      metadata.put("locked", body.get("locked").asBoolean());
    }
    if (body.hasNonNull("invitable")) {
      if (thread.type() != Channels.PRIVATE_THREAD) {
        FormErrors errors = new FormErrors();
        errors.add("invitable", "BASE_TYPE_INVALID", "Only private threads can be invitable.");
        throw new ApiError(errors.toResponse());
      }
      metadata.put("invitable", body.get("invitable").asBoolean());
    }
    if (body.has("rate_limit_per_user")) {
      after.put("rate_limit_per_user", body.path("rate_limit_per_user").asInt(0));
    }
    if (body.hasNonNull("flags")) {
      int flags = body.get("flags").asInt();
      if ((flags & Threads.FLAG_PINNED) != 0 && !inThreadOnlyChannel(guild, before)) {
        throw new ApiError(400, 50024, ThreadRoutes.WRONG_CHANNEL_TYPE);
      }
      after.put("flags", flags);
    }
    if (body.has("applied_tags")) {
      after.set("applied_tags", appliedTags(guild, before, body.get("applied_tags")));
    }
    if (touchesArchive) {
      metadata.put("archive_timestamp", DiscordTime.format(world.now()));
    }
    guild.channels().put(thread.id(), after);
    world.dispatch(guild.id(), "THREAD_UPDATE", after);
    if (unarchives) {
      Threads.botMemberUpdate(world, guild, thread.id());
    }
    ArrayNode changes =
        AuditLogChanges.updated(
            ThreadRoutes.flatten(before), ThreadRoutes.flatten(after), ThreadRoutes.AUDITED_FIELDS);
    world.audit(guild, 111, world.bot().id(), thread.id(), changes, null, request.auditLogReason());
    return RestResponse.ok(after, "thread " + Json.id(thread.id()));
  }

  /**
   * Deletes a thread: needs MANAGE_THREADS, forgets its members, sends THREAD_DELETE (with just
   * {@code id}, {@code guild_id}, {@code parent_id} and {@code type}) and writes a THREAD_DELETE
   * (112) audit log entry.
   *
   * @param world the world
   * @param request the DELETE request
   * @param thread the thread, found by {@code {channel.id}}
   * @return 200 with the deleted thread
   * @throws ApiError 403 (50001, 50013)
   */
  public static RestResponse delete(World world, RestRequest request, GuildChannel thread) {
    Access.inChannel(world, thread, Permissions.MANAGE_THREADS);
    Guild guild = thread.guild();
    ObjectNode deleted = thread.channel();
    guild.channels().remove(thread.id());
    guild.dropThreadMembers(thread.id());
    ObjectNode event = Json.object();
    event.put("id", Json.id(thread.id()));
    event.put("guild_id", Json.id(guild.id()));
    event.set("parent_id", deleted.get("parent_id").deepCopy());
    event.put("type", thread.type());
    world.dispatch(guild.id(), "THREAD_DELETE", event);
    world.audit(
        guild,
        112,
        world.bot().id(),
        thread.id(),
        AuditLogChanges.deleted(ThreadRoutes.flatten(deleted), ThreadRoutes.AUDITED_FIELDS),
        null,
        request.auditLogReason());
    return RestResponse.ok(deleted, "deleted thread " + Json.id(thread.id()));
  }

  private static boolean inThreadOnlyChannel(Guild guild, ObjectNode thread) {
    int parentType =
        guild
            .channels()
            .get(Threads.parentId(thread))
            .map(parent -> parent.path("type").asInt())
            .orElse(-1);
    return parentType == Channels.GUILD_FORUM || parentType == Channels.GUILD_MEDIA;
  }

  private static ArrayNode appliedTags(Guild guild, ObjectNode thread, JsonNode requested) {
    if (!inThreadOnlyChannel(guild, thread)) {
      throw new ApiError(400, 50024, ThreadRoutes.WRONG_CHANNEL_TYPE);
    }
    Set<Long> available = new HashSet<>();
    guild
        .channels()
        .get(Threads.parentId(thread))
        .ifPresent(
            parent -> {
              for (JsonNode tag : parent.path("available_tags")) {
                Json.readId(tag.get("id")).ifPresent(available::add);
              }
            });
    ArrayNode applied = Json.array();
    FormErrors errors = new FormErrors();
    int index = 0;
    for (JsonNode item : requested == null || requested.isNull() ? Json.array() : requested) {
      Long id = Json.readId(item).orElse(null);
      if (id == null || !available.contains(id)) {
        errors.add("applied_tags." + index, "THREAD_TAG_INVALID", "Unknown tag for this channel.");
      } else {
        applied.add(Json.id(id));
      }
      index++;
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    return applied;
  }
}
