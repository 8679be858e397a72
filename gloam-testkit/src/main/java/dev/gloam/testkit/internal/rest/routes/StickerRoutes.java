package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.MultipartForm;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of guild stickers (resources/sticker.mdx): List, Get, Create (a multipart
 * form with {@code name}, {@code description}, {@code tags} and {@code file}), Modify and Delete
 * Guild Sticker, each change followed by GUILD_STICKERS_UPDATE with the guild's whole list and an
 * audit log entry (90, 91, 92). The format type follows the file's name: {@code .png} is PNG,
 * {@code .apng} APNG, {@code .gif} GIF and {@code .json} Lottie (refused unless the guild is
 * verified or partnered). Get Sticker and the sticker packs keep their generated answers.
 */
public final class StickerRoutes {

  /** Audit log STICKER_CREATE. */
  static final int STICKER_CREATE = 90;

  /** Audit log STICKER_UPDATE. */
  static final int STICKER_UPDATE = 91;

  /** Audit log STICKER_DELETE. */
  static final int STICKER_DELETE = 92;

  /** Sticker type GUILD. */
  private static final int GUILD_STICKER = 2;

  private static final String STICKER_PATH = "/guilds/{guild.id}/stickers/{sticker.id}";

  private StickerRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "GET", "/guilds/{guild.id}/stickers", StickerRoutes::list);
    LockedRoutes.add(router, world, "GET", STICKER_PATH, StickerRoutes::get);
    LockedRoutes.add(router, world, "POST", "/guilds/{guild.id}/stickers", StickerRoutes::create);
    LockedRoutes.add(router, world, "PATCH", STICKER_PATH, StickerRoutes::modify);
    LockedRoutes.add(router, world, "DELETE", STICKER_PATH, StickerRoutes::delete);
    LockedRoutes.add(router, world, "GET", "/stickers/{sticker.id}", StickerRoutes::getAnywhere);
  }

  // Get Sticker: a guild sticker of any guild the bot is in; standard stickers are not kept.
  private static RestResponse getAnywhere(World world, RestRequest request) {
    long id =
        request
            .snowflake("sticker.id")
            .orElseThrow(() -> new ApiError(404, 10060, "Unknown Sticker"));
    for (Guild guild : world.guilds()) {
      Optional<ObjectNode> sticker = guild.stickers().get(id);
      if (sticker.isPresent()) {
        return RestResponse.ok(
            ExpressionRules.shownSticker(world, guild, sticker.get()), summary(sticker.get()));
      }
    }
    throw new ApiError(404, 10060, "Unknown Sticker");
  }

  private static RestResponse list(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ArrayNode stickers = ExpressionRules.listed(world, guild, guild.stickers().all());
    return RestResponse.ok(stickers, stickers.size() + " stickers");
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode sticker = sticker(guild, request);
    return RestResponse.ok(ExpressionRules.shownSticker(world, guild, sticker), summary(sticker));
  }

  private static RestResponse create(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.CREATE_GUILD_EXPRESSIONS);
    MultipartForm form =
        MultipartForm.parse(request.contentType(), request.body())
            .orElseThrow(() -> new ApiError(400, 50035, "Invalid Form Body"));
    String name = field(form, "name").orElse("");
    String description = field(form, "description").orElse("");
    String tags = field(form, "tags").orElse("");
    checkDescription(description);
    MultipartForm.Part file =
        form.part("file").orElseThrow(() -> new ApiError(400, 50046, "Invalid file uploaded"));
    int formatType = formatType(guild, file.filename());
    if (guild.stickers().size() >= ExpressionRules.stickerSlots(guild)) {
      throw new ApiError(400, 30039, "Maximum number of stickers reached");
    }
    long id = world.nextId();
    ObjectNode sticker = Json.object();
    sticker.put("id", Json.id(id));
    sticker.put("name", name);
    sticker.put("tags", tags);
    sticker.put("type", GUILD_STICKER);
    sticker.put("format_type", formatType);
    sticker.put("description", description);
    sticker.put("available", true);
    sticker.put("guild_id", Json.id(guild.id()));
    sticker.set("user", world.bot().toJson());
    guild.stickers().put(id, sticker);
    stickersChanged(world, guild);
    MemberAudit changes =
        new MemberAudit()
            .created("name", name)
            .created("tags", tags)
            .created("description", description)
            .created("format_type", formatType);
    world.audit(
        guild,
        STICKER_CREATE,
        world.bot().id(),
        id,
        changes.toJson(),
        null,
        request.auditLogReason());
    return new RestResponse(201, sticker, "201 " + summary(sticker));
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode sticker = sticker(guild, request);
    ExpressionRules.requireChange(world, guild, sticker);
    ObjectNode body = Lookup.body(request);
    MemberAudit changes = new MemberAudit();
    for (String key : new String[] {"name", "tags", "description"}) {
      if (!body.has(key)) {
        continue;
      }
      JsonNode value = body.get(key);
      String text = value.isNull() ? null : value.asString();
      if (key.equals("description")) {
        checkDescription(text == null ? "" : text);
      } else if (text == null) {
        continue;
      }
      changes.change(key, textOrNull(sticker.get(key)), text);
      sticker.put(key, text);
    }
    long id = Long.parseUnsignedLong(sticker.get("id").stringValue());
    guild.stickers().put(id, sticker);
    stickersChanged(world, guild);
    world.audit(
        guild,
        STICKER_UPDATE,
        world.bot().id(),
        id,
        changes.toJson(),
        null,
        request.auditLogReason());
    return RestResponse.ok(sticker, summary(sticker));
  }

  private static RestResponse delete(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode sticker = sticker(guild, request);
    ExpressionRules.requireChange(world, guild, sticker);
    long id = Long.parseUnsignedLong(sticker.get("id").stringValue());
    guild.stickers().remove(id);
    stickersChanged(world, guild);
    MemberAudit changes =
        new MemberAudit()
            .deleted("name", sticker.path("name").asString())
            .deleted("tags", sticker.path("tags").asString());
    world.audit(
        guild,
        STICKER_DELETE,
        world.bot().id(),
        id,
        changes.toJson(),
        null,
        request.auditLogReason());
    return new RestResponse(204, Json.object(), "204 deleted " + summary(sticker));
  }

  /** Sends GUILD_STICKERS_UPDATE with every sticker of the guild. */
  private static void stickersChanged(World world, Guild guild) {
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guild.id()));
    ArrayNode stickers = event.putArray("stickers");
    guild.stickers().all().forEach(stickers::add);
    world.dispatch(guild.id(), "GUILD_STICKERS_UPDATE", event);
  }

  private static ObjectNode sticker(Guild guild, RestRequest request) {
    return Lookup.resource(guild.stickers(), request, "sticker.id", 10060, "Unknown Sticker");
  }

  /** A description is empty or 2 to 100 characters. */
  private static void checkDescription(String description) {
    int length = description.codePointCount(0, description.length());
    if (length == 1 || length > 100) {
      FormErrors errors = new FormErrors();
      errors.add("description", "BASE_TYPE_BAD_LENGTH", "Must be between 2 and 100 in length.");
      throw new ApiError(errors.toResponse());
    }
  }

  private static int formatType(Guild guild, String filename) {
    String lower = filename.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".png")) {
      return 1;
    }
    if (lower.endsWith(".apng")) {
      return 2;
    }
    if (lower.endsWith(".gif")) {
      return 4;
    }
    if (lower.endsWith(".json")) {
      JsonNode features = guild.settings().path("features");
      for (JsonNode feature : features) {
        String name = feature.asString("");
        if (name.equals("VERIFIED") || name.equals("PARTNERED")) {
          return 3;
        }
      }
    }
    throw new ApiError(400, 50046, "Invalid file uploaded");
  }

  private static Optional<String> field(MultipartForm form, String name) {
    return form.part(name).map(MultipartForm.Part::text);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  private static String summary(ObjectNode sticker) {
    return "sticker " + sticker.path("name").asString() + " " + sticker.path("id").asString();
  }
}
