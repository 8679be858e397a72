package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Start Thread in Forum or Media Channel ({@code resources/channel.mdx}): a {@code PUBLIC_THREAD}
 * with its first message, created through {@link World#createMessage}, and its applied tags.
 *
 * <p>Two differences from Discord remain: the first message gets its own snowflake instead of the
 * thread's (the world's message store assigns ids), and only JSON bodies are accepted (a multipart
 * body with files answers 50109).
 */
final class ForumThreads {

  private ForumThreads() {}

  static RestResponse start(
      World world, RestRequest request, GuildChannel parent, ObjectNode body) {
    // Posting in a thread-only channel needs SEND_MESSAGES; CREATE_PUBLIC_THREADS is ignored.
    Access.inChannel(world, parent, Permissions.SEND_MESSAGES);
    FormErrors errors = new FormErrors();
    JsonNode messageParams = body.get("message");
    if (!(messageParams instanceof ObjectNode)) {
      errors.add("message", "BASE_TYPE_REQUIRED", "This field is required");
    }
    ArrayNode tags = appliedTags(parent, body, errors);
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    long id = world.nextId();
    ObjectNode thread =
        Threads.newThread(
            id,
            parent,
            Channels.PUBLIC_THREAD,
            body.path("name").asString(),
            world.bot().id(),
            ThreadRoutes.autoArchive(body, parent),
            body.hasNonNull("rate_limit_per_user")
                ? body.get("rate_limit_per_user").asInt()
                : parent.channel().path("default_thread_rate_limit_per_user").asInt(0),
            false,
            world.now());
    thread.set("applied_tags", tags);
    CreateMessageValidation validation =
        CreateMessageValidation.validate(
            messageParams, world, new GuildChannel(parent.guild(), thread), world.bot().id());
    if (validation.error() != null) {
      throw new ApiError(validation.error());
    }
    ObjectNode created = ThreadRoutes.announce(world, parent.guild(), thread);
    StoredMessage first = world.createMessage(validation.draft());
    // The first message is not counted (channel.mdx, message_count), and a forum's
    // last_message_id names its newest post.
    ObjectNode stored = parent.guild().channels().get(id).orElseThrow();
    stored.put("message_count", 0);
    stored.put("total_message_sent", 0);
    parent.guild().channels().put(id, stored);
    ObjectNode forum = parent.guild().channels().get(parent.id()).orElseThrow();
    forum.put("last_message_id", Json.id(id));
    parent.guild().channels().put(parent.id(), forum);
    created.setAll(stored);
    created.set("message", first.toJson());
    ThreadRoutes.auditCreate(world, parent.guild(), stored, request);
    return new RestResponse(201, created, "201 forum thread " + Json.id(id));
  }

  private static ArrayNode appliedTags(GuildChannel parent, ObjectNode body, FormErrors errors) {
    ArrayNode applied = Json.array();
    JsonNode requested = body.get("applied_tags");
    Set<Long> available = new HashSet<>();
    for (JsonNode tag : parent.channel().path("available_tags")) {
      Json.readId(tag.get("id")).ifPresent(available::add);
    }
    if (requested != null && requested.isArray()) {
      Set<Long> ids = ThreadRoutes.ids(requested, errors, "applied_tags");
      int index = 0;
      for (JsonNode item : requested) {
        Long id = Json.readId(item).orElse(null);
        if (id != null && !available.contains(id)) {
          errors.add(
              "applied_tags." + index, "THREAD_TAG_INVALID", "Unknown tag for this channel.");
        } else if (id != null && ids.remove(id)) {
          applied.add(Json.id(id));
        }
        index++;
      }
    }
    boolean requireTag = (parent.channel().path("flags").asInt() & Threads.FLAG_REQUIRE_TAG) != 0;
    if (requireTag && applied.isEmpty() && errors.isEmpty()) {
      errors.add(
          "applied_tags", "THREAD_TAG_REQUIRED", "A tag is required to post in this channel.");
    }
    return applied;
  }
}
