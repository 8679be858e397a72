package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of guild channels (resources/channel.mdx, resources/guild.mdx): Get Channel,
 * Get Guild Channels, Create Guild Channel, Modify Channel, Delete Channel, Modify Guild Channel
 * Positions, Edit and Delete Channel Permissions, and Trigger Typing Indicator. Threads reach
 * Modify and Delete Channel through the same paths and are handed to {@link ThreadChanges}.
 */
public final class ChannelRoutes {

  /** Discord's limit on channels per guild ({@code opcodes-and-status-codes.mdx}, 30013). */
  static final int MAX_CHANNELS = 500;

  private static final Set<Integer> CREATABLE =
      Set.of(
          Channels.GUILD_TEXT,
          Channels.GUILD_VOICE,
          Channels.GUILD_CATEGORY,
          Channels.GUILD_ANNOUNCEMENT,
          Channels.GUILD_STAGE_VOICE,
          Channels.GUILD_FORUM,
          Channels.GUILD_MEDIA);
  private static final String CHANNEL = "/channels/{channel.id}";
  private static final String GUILD_CHANNELS = "/guilds/{guild.id}/channels";
  private static final String OVERWRITE = "/channels/{channel.id}/permissions/{overwrite.id}";
  private static final Set<String> NOT_AUDITED = Set.of("id", "guild_id", "last_message_id");
  private static final int CHANNEL_CREATE = 10;
  private static final int CHANNEL_UPDATE = 11;
  private static final int CHANNEL_DELETE = 12;
  private static final int OVERWRITE_CREATE = 13;
  private static final int OVERWRITE_UPDATE = 14;
  private static final int OVERWRITE_DELETE = 15;

  private ChannelRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", CHANNEL, (locked, r) -> get(world, r));
    LockedRoutes.add(router, world, "PATCH", CHANNEL, (locked, r) -> modify(world, r));
    LockedRoutes.add(router, world, "DELETE", CHANNEL, (locked, r) -> delete(world, r));
    LockedRoutes.add(router, world, "GET", GUILD_CHANNELS, (locked, r) -> list(world, r));
    LockedRoutes.add(router, world, "POST", GUILD_CHANNELS, (locked, r) -> create(world, r));
    LockedRoutes.add(router, world, "PATCH", GUILD_CHANNELS, (locked, r) -> positions(world, r));
    LockedRoutes.add(router, world, "PUT", OVERWRITE, (locked, r) -> editOverwrite(world, r));
    LockedRoutes.add(router, world, "DELETE", OVERWRITE, (locked, r) -> deleteOverwrite(world, r));
    LockedRoutes.add(router, world, "POST", CHANNEL + "/typing", (locked, r) -> typing(world, r));
  }

  private static RestResponse get(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, 0);
    ObjectNode json = channel.channel();
    if (channel.isThread()) {
      // A thread read by a member of it carries that membership (resources/channel.mdx, "member").
      channel
          .guild()
          .threadMembers(channel.id())
          .get(world.bot().id())
          .ifPresent(member -> json.set("member", member));
    }
    return RestResponse.ok(json, "channel #" + channel.name());
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ArrayNode channels = Json.array();
    guild.channels().where(c -> !Channels.isThread(c.path("type").asInt())).forEach(channels::add);
    return RestResponse.ok(channels, channels.size() + " channels");
  }

  private static RestResponse create(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_CHANNELS);
    ObjectNode body = Lookup.body(request);
    int type = body.path("type").asInt(Channels.GUILD_TEXT);
    FormErrors errors = new FormErrors();
    if (!CREATABLE.contains(type)) {
      errors.add("type", "BASE_TYPE_CHOICES", "Value must be one of " + CREATABLE + ".");
      throw new ApiError(errors.toResponse());
    }
    if (guild.channels().where(c -> !Channels.isThread(c.path("type").asInt())).size()
        >= MAX_CHANNELS) {
      throw new ApiError(
          400, 30013, "Maximum number of guild channels reached (" + MAX_CHANNELS + ")");
    }
    long id = world.nextId();
    ObjectNode channel =
        Channels.newChannel(
            id, guild.id(), type, body.path("name").asString(""), nextPosition(guild));
    ArrayNode overwrites =
        ChannelEdits.overwrites(world, guild, body.get("permission_overwrites"), errors);
    channel.set("permission_overwrites", overwrites);
    ObjectNode fields = body.deepCopy();
    fields.remove("permission_overwrites");
    ChannelEdits.apply(world, guild, channel, fields, errors);
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    guild.channels().put(id, channel);
    world.dispatch(guild.id(), "CHANNEL_CREATE", channel);
    world.audit(
        guild,
        CHANNEL_CREATE,
        world.bot().id(),
        id,
        GuildCoreChanges.between(null, channel, NOT_AUDITED),
        null,
        request.auditLogReason());
    return new RestResponse(201, channel, "201 channel #" + channel.path("name").asString());
  }

  private static RestResponse modify(World world, RestRequest request) {
    GuildChannel target = Lookup.channel(world, request);
    if (target.isThread()) {
      return ThreadChanges.modify(world, request, target);
    }
    Guild guild = target.guild();
    Access.inChannel(world, target, Permissions.MANAGE_CHANNELS);
    ObjectNode body = Lookup.body(request);
    ObjectNode before = target.channel();
    ObjectNode channel = before.deepCopy();
    FormErrors errors = new FormErrors();
    if (body.hasNonNull("type") && body.get("type").asInt() != target.type()) {
      int wanted = body.get("type").asInt();
      boolean textOrNews =
          Set.of(Channels.GUILD_TEXT, Channels.GUILD_ANNOUNCEMENT).contains(target.type())
              && Set.of(Channels.GUILD_TEXT, Channels.GUILD_ANNOUNCEMENT).contains(wanted);
      if (!textOrNews || !hasFeature(guild, "NEWS")) {
        errors.add("type", "BASE_TYPE_CHOICES", "Channel type conversion is not supported.");
      } else {
        channel.put("type", wanted);
      }
    }
    if (body.has("permission_overwrites")) {
      channel.set(
          "permission_overwrites",
          ChannelEdits.overwrites(world, guild, body.get("permission_overwrites"), errors));
    }
    ObjectNode fields = body.deepCopy();
    fields.remove("permission_overwrites");
    ChannelEdits.apply(world, guild, channel, fields, errors);
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    guild.channels().put(target.id(), channel);
    world.dispatch(guild.id(), "CHANNEL_UPDATE", channel);
    ArrayNode changes =
        GuildCoreChanges.between(before, channel, union(NOT_AUDITED, "permission_overwrites"));
    if (!changes.isEmpty()) {
      world.audit(
          guild,
          CHANNEL_UPDATE,
          world.bot().id(),
          target.id(),
          changes,
          null,
          request.auditLogReason());
    }
    auditOverwriteChanges(world, guild, target.id(), before, channel, request.auditLogReason());
    return RestResponse.ok(channel, "channel #" + channel.path("name").asString());
  }

  private static RestResponse delete(World world, RestRequest request) {
    GuildChannel target = Lookup.channel(world, request);
    if (target.isThread()) {
      return ThreadChanges.delete(world, request, target);
    }
    Guild guild = target.guild();
    Access.inChannel(world, target, Permissions.MANAGE_CHANNELS);
    ObjectNode settings = guild.settings();
    if (hasFeature(guild, "COMMUNITY")
        && (refersTo(settings, "rules_channel_id", target.id())
            || refersTo(settings, "public_updates_channel_id", target.id()))) {
      throw new ApiError(400, 50074, "Cannot delete a channel required for Community guilds");
    }
    ObjectNode channel = target.channel();
    guild.channels().remove(target.id());
    world.dispatch(guild.id(), "CHANNEL_DELETE", channel);
    String id = Json.id(target.id());
    for (ObjectNode other : guild.channels().all()) {
      long otherId = Long.parseUnsignedLong(other.get("id").stringValue());
      if (!id.equals(other.path("parent_id").asString(null))) {
        continue;
      }
      if (Channels.isThread(other.path("type").asInt())) {
        // A channel's threads go with it.
        guild.channels().remove(otherId);
        guild.dropThreadMembers(otherId);
      } else {
        // A deleted category's channels stay, without a parent.
        other.putNull("parent_id");
        guild.channels().put(otherId, other);
        world.dispatch(guild.id(), "CHANNEL_UPDATE", other);
      }
    }
    // The guild's settings must never point at a channel that is gone.
    boolean settingsChanged = false;
    for (String key :
        List.of(
            "system_channel_id",
            "afk_channel_id",
            "widget_channel_id",
            "rules_channel_id",
            "public_updates_channel_id",
            "safety_alerts_channel_id")) {
      if (refersTo(settings, key, target.id())) {
        settings.putNull(key);
        settingsChanged = true;
      }
    }
    if (settingsChanged) {
      guild.settings(settings);
      world.dispatch(guild.id(), "GUILD_UPDATE", guild.toJson());
    }
    world.audit(
        guild,
        CHANNEL_DELETE,
        world.bot().id(),
        target.id(),
        GuildCoreChanges.between(channel, null, NOT_AUDITED),
        null,
        request.auditLogReason());
    return RestResponse.ok(channel, "channel #" + target.name() + " deleted");
  }

  private static RestResponse positions(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_CHANNELS);
    JsonNode body =
        Json.parse(request.body())
            .filter(JsonNode::isArray)
            .orElseThrow(() -> new ApiError(400, 50109, "The request body contains invalid JSON."));
    int parentChanges = 0;
    List<ObjectNode> changed = new ArrayList<>();
    FormErrors errors = new FormErrors();
    for (int i = 0; i < body.size(); i++) {
      JsonNode entry = body.get(i);
      Optional<ObjectNode> found =
          Json.readId(entry.get("id"))
              .flatMap(guild.channels()::get)
              .filter(c -> !Channels.isThread(c.path("type").asInt()));
      if (found.isEmpty()) {
        throw new ApiError(404, 10003, "Unknown Channel");
      }
      ObjectNode channel = found.get();
      ObjectNode before = channel.deepCopy();
      if (entry.hasNonNull("position")) {
        channel.put("position", entry.get("position").asInt());
      }
      if (entry.has("parent_id")
          && !entry.get("parent_id").equals(channel.get("parent_id"))
          && channel.path("type").asInt() != Channels.GUILD_CATEGORY) {
        if (++parentChanges > 1) {
          throw new ApiError(
              400, 40009, "Only one channel can have a parent_id modified at a time");
        }
        ObjectNode move = Json.object();
        move.set("parent_id", entry.get("parent_id"));
        FormErrors entryErrors = new FormErrors();
        ChannelEdits.apply(world, guild, channel, move, entryErrors);
        if (!entryErrors.isEmpty()) {
          errors.add(i + ".parent_id", "CHANNEL_PARENT_INVALID", "Category does not exist");
        }
        if (entry.path("lock_permissions").asBoolean(false)) {
          Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
          Optional<ObjectNode> parent =
              Json.readId(channel.get("parent_id")).flatMap(guild.channels()::get);
          channel.set(
              "permission_overwrites",
              parent.map(p -> p.get("permission_overwrites").deepCopy()).orElse(Json.array()));
        }
      }
      if (entry.hasNonNull("flags")) {
        channel.put("flags", entry.get("flags").asInt());
      }
      if (!channel.equals(before)) {
        changed.add(channel);
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    for (ObjectNode channel : changed) {
      guild.channels().put(Long.parseUnsignedLong(channel.get("id").stringValue()), channel);
      world.dispatch(guild.id(), "CHANNEL_UPDATE", channel);
    }
    return new RestResponse(204, Json.object(), "204 " + changed.size() + " channels moved");
  }

  private static RestResponse editOverwrite(World world, RestRequest request) {
    GuildChannel target = Lookup.channel(world, request);
    requireOverwritable(world, target);
    ObjectNode body = Lookup.body(request);
    long overwriteId =
        request
            .snowflake("overwrite.id")
            .orElseThrow(() -> new ApiError(404, 10009, "Unknown Overwrite"));
    int type = body.path("type").asInt(0);
    if (!ChannelEdits.targetExists(world, target.guild(), overwriteId, type)) {
      throw type == 0
          ? new ApiError(404, 10011, "Unknown Role")
          : new ApiError(404, 10013, "Unknown User");
    }
    long allow = ChannelEdits.bits(body.get("allow"));
    long deny = ChannelEdits.bits(body.get("deny"));
    ChannelEdits.requireGrantable(world, target.guild(), allow | deny);
    ObjectNode before = target.channel();
    ObjectNode channel = before.deepCopy();
    ArrayNode overwrites = Json.array();
    ObjectNode entry = Json.object();
    entry.put("id", Json.id(overwriteId));
    entry.put("type", type);
    entry.put("allow", Long.toUnsignedString(allow));
    entry.put("deny", Long.toUnsignedString(deny));
    boolean replaced = false;
    for (JsonNode existing : before.path("permission_overwrites")) {
      if (Json.id(overwriteId).equals(existing.path("id").asString())) {
        overwrites.add(entry);
        replaced = true;
      } else {
        overwrites.add(existing.deepCopy());
      }
    }
    if (!replaced) {
      overwrites.add(entry);
    }
    channel.set("permission_overwrites", overwrites);
    target.guild().channels().put(target.id(), channel);
    world.dispatch(target.guildId(), "CHANNEL_UPDATE", channel);
    auditOverwriteChanges(
        world, target.guild(), target.id(), before, channel, request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 overwrite " + Json.id(overwriteId));
  }

  private static RestResponse deleteOverwrite(World world, RestRequest request) {
    GuildChannel target = Lookup.channel(world, request);
    requireOverwritable(world, target);
    String overwriteId = request.pathParameters().get("overwrite.id");
    ObjectNode before = target.channel();
    ArrayNode overwrites = Json.array();
    boolean removed = false;
    for (JsonNode existing : before.path("permission_overwrites")) {
      if (existing.path("id").asString().equals(overwriteId)) {
        removed = true;
      } else {
        overwrites.add(existing.deepCopy());
      }
    }
    if (!removed) {
      throw new ApiError(404, 10009, "Unknown Overwrite");
    }
    ObjectNode channel = before.deepCopy();
    channel.set("permission_overwrites", overwrites);
    target.guild().channels().put(target.id(), channel);
    world.dispatch(target.guildId(), "CHANNEL_UPDATE", channel);
    auditOverwriteChanges(
        world, target.guild(), target.id(), before, channel, request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 overwrite " + overwriteId + " deleted");
  }

  private static RestResponse typing(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    if (!Channels.isMessageable(channel.type())) {
      throw new ApiError(400, 50008, "Cannot send messages in a non-text channel");
    }
    Access.inChannel(
        world,
        channel,
        channel.isThread() ? Permissions.SEND_MESSAGES_IN_THREADS : Permissions.SEND_MESSAGES);
    ObjectNode event = Json.object();
    event.put("channel_id", Json.id(channel.id()));
    event.put("guild_id", Json.id(channel.guildId()));
    event.put("user_id", Json.id(world.bot().id()));
    event.put("timestamp", world.now().getEpochSecond());
    channel
        .guild()
        .member(world.bot().id())
        .map(Member::toJson)
        .ifPresent(m -> event.set("member", m));
    world.dispatch(channel.guildId(), "TYPING_START", event);
    return new RestResponse(204, Json.object(), "204 typing");
  }

  /** Edit/Delete Channel Permission: guild channels only, and MANAGE_ROLES there. */
  private static void requireOverwritable(World world, GuildChannel target) {
    if (target.isThread()) {
      throw new ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    Access.inChannel(world, target, Permissions.MANAGE_ROLES);
  }

  /**
   * Writes one audit log entry per overwrite created (13), changed (14) or deleted (15), as Discord
   * logs overwrites apart from the channel's other fields.
   */
  private static void auditOverwriteChanges(
      World world,
      Guild guild,
      long channelId,
      ObjectNode before,
      ObjectNode after,
      String reason) {
    List<JsonNode> old = new ArrayList<>();
    before.path("permission_overwrites").forEach(old::add);
    List<JsonNode> now = new ArrayList<>();
    after.path("permission_overwrites").forEach(now::add);
    for (JsonNode overwrite : now) {
      Optional<JsonNode> previous = sameTarget(old, overwrite);
      if (previous.isEmpty()) {
        auditOverwrite(world, guild, channelId, OVERWRITE_CREATE, null, overwrite, reason);
      } else if (!previous.get().equals(overwrite)) {
        auditOverwrite(
            world, guild, channelId, OVERWRITE_UPDATE, previous.get(), overwrite, reason);
      }
    }
    for (JsonNode overwrite : old) {
      if (sameTarget(now, overwrite).isEmpty()) {
        auditOverwrite(world, guild, channelId, OVERWRITE_DELETE, overwrite, null, reason);
      }
    }
  }

  private static void auditOverwrite(
      World world,
      Guild guild,
      long channelId,
      int actionType,
      JsonNode before,
      JsonNode after,
      String reason) {
    JsonNode overwrite = after != null ? after : before;
    ObjectNode options = Json.object();
    options.put("id", overwrite.path("id").asString());
    options.put("type", Integer.toString(overwrite.path("type").asInt()));
    if (overwrite.path("type").asInt() == 0) {
      Json.readId(overwrite.get("id"))
          .flatMap(guild.roles()::get)
          .ifPresent(role -> options.put("role_name", role.path("name").asString()));
    }
    world.audit(
        guild,
        actionType,
        world.bot().id(),
        channelId,
        GuildCoreChanges.between(
            before == null ? null : (ObjectNode) before,
            after == null ? null : (ObjectNode) after,
            actionType == OVERWRITE_UPDATE ? Set.of("id", "type") : Set.of()),
        options,
        reason);
  }

  private static Optional<JsonNode> sameTarget(List<JsonNode> overwrites, JsonNode overwrite) {
    String id = overwrite.path("id").asString();
    return overwrites.stream().filter(o -> o.path("id").asString().equals(id)).findFirst();
  }

  private static int nextPosition(Guild guild) {
    int highest = -1;
    for (ObjectNode channel : guild.channels().all()) {
      if (!Channels.isThread(channel.path("type").asInt())) {
        highest = Math.max(highest, channel.path("position").asInt());
      }
    }
    return highest + 1;
  }

  private static boolean refersTo(ObjectNode settings, String key, long channelId) {
    return Json.id(channelId).equals(settings.path(key).asString(null));
  }

  static boolean hasFeature(Guild guild, String feature) {
    for (JsonNode value : guild.settings().path("features")) {
      if (feature.equals(value.asString())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> union(Set<String> keys, String extra) {
    Set<String> all = new HashSet<>(keys);
    all.add(extra);
    return all;
  }
}
