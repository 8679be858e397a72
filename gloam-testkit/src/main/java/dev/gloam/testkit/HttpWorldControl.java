package dev.gloam.testkit;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.RestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The world-building controls of {@link HttpControl}, under {@code /_testkit/guilds}: each calls
 * the {@link OfflineDiscord} method of the same purpose. Ids are strings, as in Discord's JSON;
 * permission sets are strings or numbers; channel types are Discord's numbers or the names of
 * {@link GuildChannelType} in any case.
 *
 * <ul>
 *   <li>{@code POST /_testkit/guilds} {@code {"name", "channels": [{"name", "type", "category"}],
 *       "roles": [{"name", "permissions"}], "members": [{"username", "roles": [names]}],
 *       "member_count", "online_member_count", "emoji_count", "bot_permissions", "shard": [id,
 *       count], "events"}}: {@link OfflineDiscord#newGuild} ({@code online_member_count} and {@code
 *       emoji_count} are {@link GuildBuilder#onlineMembers} and {@link GuildBuilder#emojis});
 *       answers with the ids ({@code channels}, {@code roles} and {@code members} map names to ids;
 *       {@code member_ids} lists every member, {@code online_member_ids} the online ones and {@code
 *       emoji_ids} the emojis).
 *   <li>{@code DELETE /_testkit/guilds/{id}}: {@link OfflineDiscord#removeGuild}.
 *   <li>{@code POST /_testkit/guilds/{id}/channels} {@code {"name", "type", "parent_id"}}: {@link
 *       OfflineDiscord#addChannel}.
 *   <li>{@code POST /_testkit/guilds/{id}/roles} {@code {"name", "permissions"}}: {@link
 *       OfflineDiscord#addRole}.
 *   <li>{@code POST /_testkit/guilds/{id}/members} {@code {"username", "role_ids"}} for one member,
 *       or {@code {"count", "events"}} for many ({@link OfflineDiscord#addMember}, {@link
 *       OfflineDiscord#addMembers}, {@link OfflineDiscord#addMembersWithoutEvents}).
 *   <li>{@code PUT /_testkit/guilds/{id}/members/{user}/roles/{role}}: {@link
 *       OfflineDiscord#giveRole}.
 *   <li>{@code PUT /_testkit/guilds/{id}/bot-permissions} {@code {"permissions"}}: {@link
 *       OfflineDiscord#setBotPermissions}.
 * </ul>
 */
final class HttpWorldControl {

  /** The path these controls live under. */
  static final String PATH = HttpControl.BASE_PATH + "/guilds";

  private final OfflineDiscord discord;

  HttpWorldControl(OfflineDiscord discord) {
    this.discord = discord;
  }

  /**
   * Answers a request under {@link #PATH}.
   *
   * @param method the HTTP method
   * @param path the whole path
   * @param body the parsed body, or null when the method has none
   * @return the answer
   * @throws IllegalArgumentException or {@link TestkitException} for bad input, which the caller
   *     turns into 400
   */
  RestResponse handle(String method, String path, JsonNode body) {
    String[] parts =
        path.length() == PATH.length()
            ? new String[0]
            : path.substring(PATH.length() + 1).split("/");
    if (parts.length == 0 && method.equals("POST")) {
      return created(createGuild(required(body)));
    }
    if (parts.length == 0) {
      return DiscordErrors.notFound();
    }
    long guildId = snowflake(parts[0], "guild id");
    String tail = String.join("/", List.of(parts).subList(1, parts.length));
    if (tail.isEmpty() && method.equals("DELETE")) {
      discord.removeGuild(guildId);
      return new RestResponse(204, Json.object(), "204 guild removed");
    } else if (tail.equals("channels") && method.equals("POST")) {
      return withId(addChannel(guildId, required(body)), "channel added");
    } else if (tail.equals("roles") && method.equals("POST")) {
      JsonNode json = required(body);
      long id = discord.addRole(guildId, text(json, "name"), permissions(json.path("permissions")));
      return withId(id, "role added");
    } else if (tail.equals("members") && method.equals("POST")) {
      return addMembers(guildId, required(body));
    } else if (tail.equals("bot-permissions") && method.equals("PUT")) {
      discord.setBotPermissions(guildId, permissions(required(body).path("permissions")));
      return new RestResponse(204, Json.object(), "204 bot permissions set");
    } else if (parts.length == 5
        && parts[1].equals("members")
        && parts[3].equals("roles")
        && method.equals("PUT")) {
      discord.giveRole(guildId, snowflake(parts[2], "user id"), snowflake(parts[4], "role id"));
      return new RestResponse(204, Json.object(), "204 role given");
    }
    return DiscordErrors.notFound();
  }

  private CreatedGuild createGuild(JsonNode spec) {
    GuildBuilder builder = discord.newGuild(text(spec, "name"));
    for (JsonNode channel : array(spec, "channels")) {
      JsonNode type = channel.path("type");
      GuildChannelType channelType =
          type.isMissingNode()
              ? GuildChannelType.TEXT
              : type.isIntegralNumber()
                  ? GuildChannelType.ofValue(type.asInt())
                  : GuildChannelType.ofName(type.asString(""));
      String category =
          channel.path("category").isString() ? channel.get("category").asString() : null;
      builder.channel(text(channel, "name"), channelType, category);
    }
    for (JsonNode role : array(spec, "roles")) {
      builder.role(text(role, "name"), permissions(role.path("permissions")));
    }
    for (JsonNode member : array(spec, "members")) {
      List<String> roleNames = new ArrayList<>();
      for (JsonNode roleName : array(member, "roles")) {
        roleNames.add(roleName.asString(""));
      }
      builder.member(text(member, "username"), roleNames.toArray(String[]::new));
    }
    if (spec.has("member_count")) {
      builder.members(integer(spec, "member_count"));
    }
    if (spec.has("online_member_count")) {
      builder.onlineMembers(integer(spec, "online_member_count"));
    }
    if (spec.has("emoji_count")) {
      builder.emojis(integer(spec, "emoji_count"));
    }
    if (spec.has("bot_permissions")) {
      builder.botPermissions(permissions(spec.get("bot_permissions")));
    }
    if (spec.has("shard")) {
      JsonNode shard = spec.get("shard");
      if (!shard.isArray()
          || shard.size() != 2
          || !shard.get(0).isIntegralNumber()
          || !shard.get(1).isIntegralNumber()) {
        throw new IllegalArgumentException("shard must be [id, count]");
      }
      builder.onShard(shard.get(0).asInt(), shard.get(1).asInt());
    }
    if (!spec.path("events").asBoolean(true)) {
      builder.withoutEvents();
    }
    return builder.create();
  }

  private long addChannel(long guildId, JsonNode json) {
    JsonNode type = json.path("type");
    GuildChannelType channelType =
        type.isMissingNode()
            ? GuildChannelType.TEXT
            : type.isIntegralNumber()
                ? GuildChannelType.ofValue(type.asInt())
                : GuildChannelType.ofName(type.asString(""));
    String name = text(json, "name");
    return json.path("parent_id").isString()
        ? discord.addChannel(
            guildId, name, channelType, snowflake(json.get("parent_id").asString(), "parent_id"))
        : discord.addChannel(guildId, name, channelType);
  }

  private RestResponse addMembers(long guildId, JsonNode json) {
    if (json.has("count")) {
      int count = integer(json, "count");
      long[] ids =
          json.path("events").asBoolean(true)
              ? discord.addMembers(guildId, count)
              : discord.addMembersWithoutEvents(guildId, count);
      ObjectNode answer = Json.object();
      ArrayNode list = answer.putArray("ids");
      for (long id : ids) {
        list.add(Json.id(id));
      }
      return RestResponse.ok(answer, ids.length + " members added");
    }
    List<Long> roles = new ArrayList<>();
    for (JsonNode role : array(json, "role_ids")) {
      roles.add(snowflake(role.asString(""), "role id"));
    }
    long id =
        discord.addMember(
            guildId, text(json, "username"), roles.stream().mapToLong(Long::longValue).toArray());
    return withId(id, "member added");
  }

  private static RestResponse created(CreatedGuild guild) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(guild.id()));
    json.put("name", guild.name());
    json.put("owner_id", Json.id(guild.ownerId()));
    json.put("bot_role_id", Json.id(guild.botRoleId()));
    names(json.putObject("channels"), guild.channelIds());
    names(json.putObject("roles"), guild.roleIds());
    names(json.putObject("members"), guild.namedMemberIds());
    long[] ids = guild.memberIds();
    ArrayNode memberIds = json.putArray("member_ids");
    for (long id : ids) {
      memberIds.add(Json.id(id));
    }
    json.put("member_count", ids.length);
    ids(json.putArray("online_member_ids"), guild.onlineMemberIds());
    ids(json.putArray("emoji_ids"), guild.emojiIds());
    return RestResponse.ok(json, "guild " + Json.id(guild.id()) + " created");
  }

  private static void ids(ArrayNode target, long[] ids) {
    for (long id : ids) {
      target.add(Json.id(id));
    }
  }

  private static void names(ObjectNode target, Map<String, Long> ids) {
    ids.forEach((name, id) -> target.put(name, Json.id(id)));
  }

  private static RestResponse withId(long id, String summary) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    return RestResponse.ok(json, summary);
  }

  private static JsonNode required(JsonNode body) {
    if (body == null) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return body;
  }

  private static String text(JsonNode json, String field) {
    if (!json.path(field).isString()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return json.get(field).asString();
  }

  private static int integer(JsonNode json, String field) {
    JsonNode value = json.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(field + " must be an integer");
    }
    return value.asInt();
  }

  private static Iterable<JsonNode> array(JsonNode json, String field) {
    JsonNode value = json.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(field + " must be an array");
    }
    return value;
  }

  private static long permissions(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return 0;
    }
    if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
      return value.asLong();
    }
    if (value.isString() && value.asString().matches("\\d{1,20}")) {
      return Long.parseUnsignedLong(value.asString());
    }
    throw new IllegalArgumentException(
        "permissions must be a decimal string or a number, was " + value);
  }

  private static long snowflake(String text, String what) {
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a snowflake, was \"" + text + "\"", e);
    }
  }
}
