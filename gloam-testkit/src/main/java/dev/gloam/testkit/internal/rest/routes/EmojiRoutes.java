package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Documents;
import dev.gloam.testkit.internal.world.Emojis;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of custom emojis (resources/emoji.mdx): List, Get, Create, Modify and Delete
 * Guild Emoji, each change followed by GUILD_EMOJIS_UPDATE with the guild's whole list and an audit
 * log entry (60, 61, 62); and the same five for the application's own emojis, which send no events.
 */
public final class EmojiRoutes {

  /** Audit log EMOJI_CREATE. */
  static final int EMOJI_CREATE = 60;

  /** Audit log EMOJI_UPDATE. */
  static final int EMOJI_UPDATE = 61;

  /** Audit log EMOJI_DELETE. */
  static final int EMOJI_DELETE = 62;

  /** An application owns at most this many emojis. */
  static final int APPLICATION_EMOJI_SLOTS = 2000;

  /** Emojis larger than 256 KiB are refused. */
  private static final int MAX_IMAGE_BYTES = 256 * 1024;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern IMAGE_DATA =
      Pattern.compile("data:image/(png|jpeg|jpg|gif|webp|avif);base64,(.*)", Pattern.DOTALL);
  private static final String GUILD_EMOJI = "/guilds/{guild.id}/emojis/{emoji.id}";
  private static final String APP_EMOJI = "/applications/{application.id}/emojis/{emoji.id}";

  private EmojiRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", "/guilds/{guild.id}/emojis", EmojiRoutes::list);
    LockedRoutes.add(router, world, "GET", GUILD_EMOJI, EmojiRoutes::get);
    LockedRoutes.add(router, world, "POST", "/guilds/{guild.id}/emojis", EmojiRoutes::create);
    LockedRoutes.add(router, world, "PATCH", GUILD_EMOJI, EmojiRoutes::modify);
    LockedRoutes.add(router, world, "DELETE", GUILD_EMOJI, EmojiRoutes::delete);
    LockedRoutes.add(
        router, world, "GET", "/applications/{application.id}/emojis", EmojiRoutes::listOwn);
    LockedRoutes.add(router, world, "GET", APP_EMOJI, EmojiRoutes::getOwn);
    LockedRoutes.add(
        router, world, "POST", "/applications/{application.id}/emojis", EmojiRoutes::createOwn);
    LockedRoutes.add(router, world, "PATCH", APP_EMOJI, EmojiRoutes::modifyOwn);
    LockedRoutes.add(router, world, "DELETE", APP_EMOJI, EmojiRoutes::deleteOwn);
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ArrayNode emojis = ExpressionRules.listed(world, guild, guild.emojis().all());
    return RestResponse.ok(emojis, emojis.size() + " emojis");
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode emoji = emoji(guild.emojis(), request);
    return RestResponse.ok(ExpressionRules.shownEmoji(world, guild, emoji), summary(emoji));
  }

  private static RestResponse create(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.CREATE_GUILD_EXPRESSIONS);
    ObjectNode body = Lookup.body(request);
    String name = checkedName(body);
    boolean animated = checkedImage(body);
    long sameKind = guild.emojis().where(e -> e.path("animated").asBoolean() == animated).size();
    if (sameKind >= ExpressionRules.emojiSlots(guild)) {
      throw animated
          ? new ApiError(400, 30018, "Maximum number of animated emojis reached")
          : new ApiError(400, 30008, "Maximum number of emojis reached");
    }
    long id = world.nextId();
    ObjectNode emoji = newEmoji(world, id, name, animated);
    emoji.set("roles", roles(guild, body.get("roles")));
    guild.emojis().put(id, emoji);
    emojisChanged(world, guild);
    world.audit(
        guild,
        EMOJI_CREATE,
        world.bot().id(),
        id,
        new MemberAudit().created("name", name).toJson(),
        null,
        request.auditLogReason());
    return new RestResponse(201, emoji, "201 " + summary(emoji));
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode emoji = emoji(guild.emojis(), request);
    ExpressionRules.requireChange(world, guild, emoji);
    ObjectNode body = Lookup.body(request);
    MemberAudit changes = new MemberAudit();
    if (body.hasNonNull("name")) {
      String name = checkedName(body);
      changes.change("name", emoji.path("name").asString(), name);
      emoji.put("name", name);
    }
    if (body.has("roles")) {
      emoji.set("roles", roles(guild, body.get("roles")));
    }
    long id = Long.parseUnsignedLong(emoji.get("id").stringValue());
    guild.emojis().put(id, emoji);
    emojisChanged(world, guild);
    world.audit(
        guild,
        EMOJI_UPDATE,
        world.bot().id(),
        id,
        changes.toJson(),
        null,
        request.auditLogReason());
    return RestResponse.ok(emoji, summary(emoji));
  }

  private static RestResponse delete(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode emoji = emoji(guild.emojis(), request);
    ExpressionRules.requireChange(world, guild, emoji);
    long id = Long.parseUnsignedLong(emoji.get("id").stringValue());
    guild.emojis().remove(id);
    emojisChanged(world, guild);
    world.audit(
        guild,
        EMOJI_DELETE,
        world.bot().id(),
        id,
        new MemberAudit().deleted("name", emoji.path("name").asString()).toJson(),
        null,
        request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 deleted " + summary(emoji));
  }

  private static RestResponse listOwn(World world, RestRequest request) {
    application(world, request);
    ObjectNode answer = Json.object();
    ArrayNode items = answer.putArray("items");
    world.applicationEmojis().all().forEach(items::add);
    return RestResponse.ok(answer, items.size() + " application emojis");
  }

  private static RestResponse getOwn(World world, RestRequest request) {
    application(world, request);
    ObjectNode emoji = emoji(world.applicationEmojis(), request);
    return RestResponse.ok(emoji, summary(emoji));
  }

  private static RestResponse createOwn(World world, RestRequest request) {
    application(world, request);
    ObjectNode body = Lookup.body(request);
    String name = checkedName(body);
    boolean animated = checkedImage(body);
    uniqueOwnName(world, name);
    if (world.applicationEmojis().size() >= APPLICATION_EMOJI_SLOTS) {
      throw new ApiError(400, 30008, "Maximum number of emojis reached");
    }
    long id = world.nextId();
    ObjectNode emoji = newEmoji(world, id, name, animated);
    emoji.putArray("roles");
    world.applicationEmojis().put(id, emoji);
    return new RestResponse(201, emoji, "201 " + summary(emoji));
  }

  private static RestResponse modifyOwn(World world, RestRequest request) {
    application(world, request);
    ObjectNode emoji = emoji(world.applicationEmojis(), request);
    ObjectNode body = Lookup.body(request);
    if (body.hasNonNull("name")) {
      String name = checkedName(body);
      if (!name.equals(emoji.path("name").asString())) {
        uniqueOwnName(world, name);
      }
      emoji.put("name", name);
    }
    world.applicationEmojis().put(Long.parseUnsignedLong(emoji.get("id").stringValue()), emoji);
    return RestResponse.ok(emoji, summary(emoji));
  }

  private static RestResponse deleteOwn(World world, RestRequest request) {
    application(world, request);
    ObjectNode emoji = emoji(world.applicationEmojis(), request);
    world.applicationEmojis().remove(Long.parseUnsignedLong(emoji.get("id").stringValue()));
    return new RestResponse(204, Json.object(), "204 deleted " + summary(emoji));
  }

  /** Sends GUILD_EMOJIS_UPDATE with every emoji of the guild, as Discord does on each change. */
  private static void emojisChanged(World world, Guild guild) {
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    ArrayNode emojis = event.putArray("emojis");
    guild.emojis().all().forEach(emojis::add);
    world.dispatch(guild.id(), "GUILD_EMOJIS_UPDATE", event);
  }

  private static ObjectNode newEmoji(World world, long id, String name, boolean animated) {
    return Emojis.newEmoji(id, name, animated, world.bot());
  }

  private static ObjectNode emoji(Documents<Long> emojis, RestRequest request) {
    return Lookup.resource(emojis, request, "emoji.id", 10014, "Unknown Emoji");
  }

  private static void application(World world, RestRequest request) {
    if (request.snowflake("application.id").filter(id -> id == world.applicationId()).isEmpty()) {
      throw new ApiError(404, 10002, "Unknown Application");
    }
  }

  private static void uniqueOwnName(World world, String name) {
    if (!world.applicationEmojis().where(e -> e.path("name").asString("").equals(name)).isEmpty()) {
      FormErrors errors = new FormErrors();
      errors.add(
          "name",
          "APPLICATION_EMOJI_NAME_ALREADY_TAKEN",
          "An application emoji with that name already exists.");
      throw new ApiError(errors.toResponse());
    }
  }

  /** Emoji names are 2 to 32 letters, digits and underscores. */
  private static String checkedName(ObjectNode body) {
    String name = body.path("name").asString("");
    FormErrors errors = new FormErrors();
    if (name.length() < 2 || name.length() > 32) {
      errors.add("name", "BASE_TYPE_BAD_LENGTH", "Must be between 2 and 32 in length.");
    } else if (!NAME.matcher(name).matches()) {
      errors.add("name", "STRING_TYPE_REGEX", "String value did not match validation regex.");
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    return name;
  }

  /**
   * Checks the image data URI (reference.mdx, "Image Data") and tells whether it is animated: a GIF
   * is, the testkit treats other formats as still images.
   */
  private static boolean checkedImage(ObjectNode body) {
    Matcher matcher = IMAGE_DATA.matcher(body.path("image").asString(""));
    byte[] image = null;
    if (matcher.matches()) {
      try {
        image = Base64.getDecoder().decode(matcher.group(2).strip());
      } catch (IllegalArgumentException e) {
        image = null;
      }
    }
    if (image == null || image.length == 0) {
      FormErrors errors = new FormErrors();
      errors.add("image", "IMAGE_INVALID", "Invalid image data");
      throw new ApiError(errors.toResponse());
    }
    if (image.length > MAX_IMAGE_BYTES) {
      throw new ApiError(400, 50138, "Failed to resize asset below the maximum size: 262144");
    }
    return matcher.group(1).equals("gif");
  }

  /** Reads the roles allowed to use an emoji; each must be a role of the guild. */
  private static ArrayNode roles(Guild guild, JsonNode requested) {
    ArrayNode roles = Json.array();
    if (requested == null || requested.isNull()) {
      return roles;
    }
    for (JsonNode node : requested) {
      long id = Json.readId(node).orElse(0L);
      if (!guild.roles().contains(id)) {
        throw new ApiError(404, 10011, "Unknown Role");
      }
      roles.add(Json.id(id));
    }
    return roles;
  }

  private static String summary(ObjectNode emoji) {
    return "emoji :" + emoji.path("name").asString() + ": " + emoji.path("id").asString();
  }
}
