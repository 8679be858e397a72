package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of the guild itself (resources/guild.mdx): Get Current User Guilds, Get and
 * Modify Guild, Get Guild Preview, Get and Modify Guild Widget Settings, Get Guild Widget, Get
 * Guild Vanity URL, Get and Modify Guild Welcome Screen, Get and Modify Guild Onboarding, Modify
 * Guild Incident Actions and Leave Guild. The widget settings, vanity code and incident actions
 * live in the guild object; the welcome screen and the onboarding in {@link
 * Guild#settingDocuments()}.
 */
public final class GuildRoutes {

  private static final String GUILD = "/guilds/{guild.id}";
  private static final int GUILD_UPDATE = 1;
  private static final int ONBOARDING_UPDATE = 167;
  private static final String WELCOME_SCREEN = "welcome_screen";
  private static final String ONBOARDING = "onboarding";

  /** The features a guild may switch itself; Discord grants the others. */
  private static final Set<String> MUTABLE_FEATURES =
      Set.of("COMMUNITY", "DISCOVERABLE", "INVITES_DISABLED", "RAID_ALERTS_DISABLED");

  /** Fields of Modify Guild stored as sent. */
  private static final List<String> PLAIN_FIELDS =
      List.of(
          "name",
          "verification_level",
          "default_message_notifications",
          "explicit_content_filter",
          "system_channel_flags",
          "description",
          "premium_progress_bar_enabled");

  /** Fields of Modify Guild that name a channel, with the channel type each must have. */
  private static final Map<String, Integer> CHANNEL_FIELDS =
      Map.of(
          "afk_channel_id", Channels.GUILD_VOICE,
          "system_channel_id", Channels.GUILD_TEXT,
          "rules_channel_id", Channels.GUILD_TEXT,
          "public_updates_channel_id", Channels.GUILD_TEXT,
          "safety_alerts_channel_id", Channels.GUILD_TEXT);

  private static final Set<Integer> AFK_TIMEOUTS = Set.of(60, 300, 900, 1800, 3600);

  private GuildRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(
        router, world, "GET", "/users/@me/guilds", (locked, r) -> currentGuilds(world, r));
    LockedRoutes.add(
        router, world, "DELETE", "/users/@me/guilds/{guild.id}", (locked, r) -> leave(world, r));
    LockedRoutes.add(router, world, "GET", GUILD, (locked, r) -> get(world, r));
    LockedRoutes.add(router, world, "PATCH", GUILD, (locked, r) -> modify(world, r));
    LockedRoutes.add(router, world, "GET", GUILD + "/preview", (locked, r) -> preview(world, r));
    LockedRoutes.add(
        router, world, "GET", GUILD + "/widget", (locked, r) -> widgetSettings(world, r));
    LockedRoutes.add(
        router, world, "PATCH", GUILD + "/widget", (locked, r) -> modifyWidget(world, r));
    LockedRoutes.addTokenAuthenticated(
        router, world, "GET", GUILD + "/widget.json", (locked, r) -> widget(world, r));
    LockedRoutes.add(router, world, "GET", GUILD + "/vanity-url", (locked, r) -> vanity(world, r));
    LockedRoutes.add(
        router, world, "GET", GUILD + "/welcome-screen", (locked, r) -> welcomeScreen(world, r));
    LockedRoutes.add(
        router,
        world,
        "PATCH",
        GUILD + "/welcome-screen",
        (locked, r) -> modifyWelcomeScreen(world, r));
    LockedRoutes.add(
        router, world, "GET", GUILD + "/onboarding", (locked, r) -> onboarding(world, r));
    LockedRoutes.add(
        router, world, "PUT", GUILD + "/onboarding", (locked, r) -> modifyOnboarding(world, r));
    LockedRoutes.add(
        router,
        world,
        "PUT",
        GUILD + "/incident-actions",
        (locked, r) -> incidentActions(world, r));
  }

  private static RestResponse currentGuilds(World world, RestRequest request) {
    List<Guild> guilds = new ArrayList<>(world.guilds());
    guilds.sort(Comparator.comparingLong(Guild::id));
    Optional<Long> before = request.snowflakeQuery("before");
    Optional<Long> after = request.snowflakeQuery("after");
    int limit = request.queryParameter("limit").map(Integer::parseInt).orElse(200);
    List<Guild> page = new ArrayList<>();
    for (Guild guild : guilds) {
      if (before.isPresent() && Long.compareUnsigned(guild.id(), before.get()) >= 0) {
        continue;
      }
      if (after.isPresent() && Long.compareUnsigned(guild.id(), after.get()) <= 0) {
        continue;
      }
      page.add(guild);
    }
    // "before" pages backwards: the guilds just before it; otherwise the first after "after".
    if (page.size() > limit) {
      page =
          before.isPresent() && after.isEmpty()
              ? page.subList(page.size() - limit, page.size())
              : page.subList(0, limit);
    }
    boolean withCounts = request.flag("with_counts");
    ArrayNode json = Json.array();
    for (Guild guild : page) {
      ObjectNode settings = guild.settings();
      ObjectNode partial = json.addObject();
      partial.put("id", Json.id(guild.id()));
      partial.put("name", guild.name());
      partial.set("icon", settings.get("icon"));
      partial.set("banner", settings.get("banner"));
      partial.put("owner", guild.ownerId() == world.bot().id());
      partial.put(
          "permissions",
          Long.toUnsignedString(
              PermissionCalculator.inGuild(guild, world.bot().id(), world.now())));
      partial.set("features", settings.get("features"));
      if (withCounts) {
        partial.put("approximate_member_count", guild.memberCount());
        partial.put("approximate_presence_count", guild.memberCount());
      }
    }
    return RestResponse.ok(json, json.size() + " guilds");
  }

  private static RestResponse leave(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    if (guild.ownerId() == world.bot().id()) {
      // The owner has to transfer or delete the guild; Discord refuses to let it leave.
      throw new ApiError(400, 50055, "Invalid Guild");
    }
    world.removeGuild(guild.id());
    ObjectNode event = Json.object();
    // Without "unavailable", GUILD_DELETE means the bot left or was removed.
    event.put("id", Json.id(guild.id()));
    world.dispatch(guild.id(), "GUILD_DELETE", event);
    return new RestResponse(204, Json.object(), "204 left guild " + guild.name());
  }

  private static RestResponse get(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode json = restGuild(guild);
    if (request.flag("with_counts")) {
      // Every member counts as online here: the testkit keeps no presences for REST.
      json.put("approximate_member_count", guild.memberCount());
      json.put("approximate_presence_count", guild.memberCount());
    }
    return RestResponse.ok(json, "guild " + guild.name());
  }

  private static RestResponse modify(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    ObjectNode body = Lookup.body(request);
    ObjectNode before = guild.settings();
    ObjectNode settings = before.deepCopy();
    FormErrors errors = new FormErrors();
    for (String field : PLAIN_FIELDS) {
      if (body.has(field) && !(field.equals("name") && body.get(field).isNull())) {
        settings.set(field, body.get(field).deepCopy());
      }
    }
    if (body.has("preferred_locale")) {
      settings.put("preferred_locale", body.get("preferred_locale").asString("en-US"));
    }
    if (body.hasNonNull("afk_timeout")) {
      int timeout = body.get("afk_timeout").asInt();
      if (!AFK_TIMEOUTS.contains(timeout)) {
        errors.add(
            "afk_timeout", "BASE_TYPE_CHOICES", "Value must be one of " + AFK_TIMEOUTS + ".");
      }
      settings.put("afk_timeout", timeout);
    }
    CHANNEL_FIELDS.forEach(
        (field, type) -> {
          if (!body.has(field)) {
            return;
          }
          Optional<Long> id = Json.readId(body.get(field));
          if (id.isEmpty()) {
            settings.putNull(field);
          } else if (guild
              .channels()
              .get(id.get())
              .filter(c -> c.path("type").asInt() == type)
              .isEmpty()) {
            errors.add(field, "CHANNEL_TYPE_INVALID", "Channel is not a valid channel for this.");
          } else {
            settings.put(field, Json.id(id.get()));
          }
        });
    for (String image : List.of("icon", "splash", "discovery_splash", "banner")) {
      if (body.has(image)) {
        settings.put(image, GuildCoreChanges.imageHash(body.get(image)));
      }
    }
    settings.set("icon_hash", settings.get("icon"));
    if (body.hasNonNull("features")) {
      settings.set("features", features(world, guild, before, body.get("features")));
    }
    if (body.hasNonNull("owner_id")) {
      long newOwner = Json.readId(body.get("owner_id")).orElse(0L);
      if (newOwner != guild.ownerId()) {
        // Only the owner may hand the guild over, and only to a member.
        if (guild.ownerId() != world.bot().id()) {
          throw new ApiError(403, 50013, "Missing Permissions");
        }
        if (guild.member(newOwner).isEmpty()) {
          throw new ApiError(404, 10007, "Unknown Member");
        }
        settings.put("owner_id", Json.id(newOwner));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    return updateGuild(world, guild, before, settings, request, "guild " + guild.name());
  }

  private static RestResponse preview(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode full = guild.toJson();
    ObjectNode json = Json.object();
    for (String field :
        List.of("id", "name", "icon", "description", "splash", "discovery_splash", "features")) {
      json.set(field, full.get(field));
    }
    json.putNull("home_header");
    json.put("approximate_member_count", guild.memberCount());
    json.put("approximate_presence_count", guild.memberCount());
    json.set("emojis", full.get("emojis"));
    json.set("stickers", full.get("stickers"));
    return RestResponse.ok(json, "preview of " + guild.name());
  }

  private static RestResponse widgetSettings(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    return RestResponse.ok(widgetSettingsOf(guild.settings()), "widget settings");
  }

  private static RestResponse modifyWidget(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    ObjectNode body = Lookup.body(request);
    ObjectNode before = guild.settings();
    ObjectNode settings = before.deepCopy();
    if (body.hasNonNull("enabled")) {
      settings.put("widget_enabled", body.get("enabled").asBoolean());
    }
    if (body.has("channel_id")) {
      Optional<Long> id = Json.readId(body.get("channel_id"));
      if (id.isPresent() && guild.channels().get(id.get()).filter(c -> !isThread(c)).isEmpty()) {
        FormErrors errors = new FormErrors();
        errors.add("channel_id", "CHANNEL_TYPE_INVALID", "Unknown Channel");
        throw new ApiError(errors.toResponse());
      }
      settings.put("widget_channel_id", id.map(Json::id).orElse(null));
    }
    updateGuild(world, guild, before, settings, request, "widget");
    return RestResponse.ok(widgetSettingsOf(settings), "widget settings");
  }

  private static RestResponse widget(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    if (!guild.settings().path("widget_enabled").asBoolean()) {
      throw new ApiError(403, 50004, "Widget Disabled");
    }
    ObjectNode json = Json.object();
    json.put("id", Json.id(guild.id()));
    json.put("name", guild.name());
    json.putNull("instant_invite");
    ArrayNode channels = json.putArray("channels");
    // The widget lists the voice channels anyone may join, as @everyone sees them.
    for (ObjectNode channel : guild.channels().all()) {
      int type = channel.path("type").asInt();
      if ((type == Channels.GUILD_VOICE || type == Channels.GUILD_STAGE_VOICE)
          && everyoneHas(guild, channel, Permissions.VIEW_CHANNEL | Permissions.CONNECT)) {
        ObjectNode entry = channels.addObject();
        entry.set("id", channel.get("id"));
        entry.set("name", channel.get("name"));
        entry.set("position", channel.get("position"));
      }
    }
    // Members appear on a widget only with a presence, which the testkit does not keep for REST.
    json.putArray("members");
    json.put("presence_count", 0);
    return RestResponse.ok(json, "widget of " + guild.name());
  }

  private static RestResponse vanity(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    ObjectNode json = Json.object();
    json.set("code", guild.settings().get("vanity_url_code"));
    json.put("uses", 0);
    return RestResponse.ok(json, "vanity url");
  }

  private static RestResponse welcomeScreen(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    ObjectNode stored = storedWelcomeScreen(guild);
    if (!stored.path("enabled").asBoolean()) {
      Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    }
    return RestResponse.ok(publicWelcomeScreen(stored), "welcome screen");
  }

  private static RestResponse modifyWelcomeScreen(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    ObjectNode body = Lookup.body(request);
    ObjectNode stored = storedWelcomeScreen(guild);
    if (body.hasNonNull("enabled")) {
      stored.put("enabled", body.get("enabled").asBoolean());
    }
    if (body.has("description")) {
      stored.set("description", body.get("description").deepCopy());
    }
    if (body.has("welcome_channels")) {
      ArrayNode channels = stored.putArray("welcome_channels");
      FormErrors errors = new FormErrors();
      JsonNode requested = body.get("welcome_channels");
      for (int i = 0; i < requested.size(); i++) {
        JsonNode entry = requested.get(i);
        Optional<Long> id = Json.readId(entry.get("channel_id"));
        if (id.isEmpty() || !guild.channels().contains(id.get())) {
          errors.add("welcome_channels." + i + ".channel_id", "CHANNEL_INVALID", "Unknown Channel");
          continue;
        }
        ObjectNode channel = channels.addObject();
        channel.put("channel_id", Json.id(id.get()));
        channel.put("description", entry.path("description").asString(""));
        channel.set("emoji_id", nullIfMissing(entry.get("emoji_id")));
        channel.set("emoji_name", nullIfMissing(entry.get("emoji_name")));
      }
      if (!errors.isEmpty()) {
        throw new ApiError(errors.toResponse());
      }
    }
    guild.settingDocuments().put(WELCOME_SCREEN, stored);
    world.dispatch(guild.id(), "GUILD_UPDATE", guild.toJson());
    return RestResponse.ok(publicWelcomeScreen(stored), "welcome screen");
  }

  private static RestResponse onboarding(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    return RestResponse.ok(storedOnboarding(guild), "onboarding");
  }

  private static RestResponse modifyOnboarding(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD | Permissions.MANAGE_ROLES);
    ObjectNode body = Lookup.body(request);
    ObjectNode before = storedOnboarding(guild);
    ObjectNode onboarding = before.deepCopy();
    FormErrors errors = new FormErrors();
    if (body.hasNonNull("enabled")) {
      onboarding.put("enabled", body.get("enabled").asBoolean());
    }
    if (body.hasNonNull("mode")) {
      onboarding.put("mode", body.get("mode").asInt());
    }
    if (body.hasNonNull("default_channel_ids")) {
      ArrayNode ids = onboarding.putArray("default_channel_ids");
      for (JsonNode id : body.get("default_channel_ids")) {
        Optional<Long> channelId = Json.readId(id);
        if (channelId.isEmpty() || !guild.channels().contains(channelId.get())) {
          errors.add("default_channel_ids", "CHANNEL_INVALID", "Unknown Channel");
        } else {
          ids.add(Json.id(channelId.get()));
        }
      }
    }
    if (body.hasNonNull("prompts")) {
      onboarding.set("prompts", prompts(world, body.get("prompts")));
    }
    if (onboarding.path("enabled").asBoolean()) {
      requireOnboardingDefaults(guild, onboarding, errors);
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    guild.settingDocuments().put(ONBOARDING, onboarding);
    ArrayNode changes = GuildCoreChanges.between(before, onboarding, Set.of("guild_id"));
    if (!changes.isEmpty()) {
      world.audit(
          guild,
          ONBOARDING_UPDATE,
          world.bot().id(),
          guild.id(),
          changes,
          null,
          request.auditLogReason());
    }
    return RestResponse.ok(onboarding, "onboarding");
  }

  private static RestResponse incidentActions(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    Access.inGuild(world, guild, Permissions.MANAGE_GUILD);
    ObjectNode body = Lookup.body(request);
    ObjectNode before = guild.settings();
    ObjectNode settings = before.deepCopy();
    ObjectNode incidents =
        before.get("incidents_data") instanceof ObjectNode existing
            ? existing.deepCopy()
            : emptyIncidents();
    FormErrors errors = new FormErrors();
    Instant latest = world.now().plus(Duration.ofHours(24));
    for (String field : List.of("invites_disabled_until", "dms_disabled_until")) {
      if (!body.has(field)) {
        continue;
      }
      JsonNode value = body.get(field);
      if (value.isNull()) {
        incidents.putNull(field);
        continue;
      }
      try {
        Instant until = Instant.parse(value.asString());
        if (until.isAfter(latest)) {
          errors.add(field, "BASE_TYPE_BAD_TIME", "The time may be at most 24 hours from now.");
        } else {
          incidents.put(field, DiscordTime.format(until));
        }
      } catch (DateTimeParseException e) {
        errors.add(field, "DATE_TIME_TYPE_PARSE", "Could not parse " + value.asString() + ".");
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    settings.set("incidents_data", incidents);
    updateGuild(world, guild, before, settings, request, "incident actions");
    ObjectNode json = Json.object();
    json.set("invites_disabled_until", incidents.get("invites_disabled_until"));
    json.set("dms_disabled_until", incidents.get("dms_disabled_until"));
    return RestResponse.ok(json, "incident actions");
  }

  /** Stores new guild settings, sends GUILD_UPDATE and logs GUILD_UPDATE (1) with what changed. */
  private static RestResponse updateGuild(
      World world,
      Guild guild,
      ObjectNode before,
      ObjectNode settings,
      RestRequest request,
      String summary) {
    guild.settings(settings);
    ObjectNode updated = guild.toJson();
    world.dispatch(guild.id(), "GUILD_UPDATE", updated);
    ArrayNode changes = GuildCoreChanges.between(before, settings, Set.of("id", "icon_hash"));
    if (!changes.isEmpty()) {
      world.audit(
          guild,
          GUILD_UPDATE,
          world.bot().id(),
          guild.id(),
          changes,
          null,
          request.auditLogReason());
    }
    return RestResponse.ok(restGuild(guild), summary);
  }

  /** The guild object as GET /guilds/{id} returns it, with the fields only REST carries. */
  private static ObjectNode restGuild(Guild guild) {
    ObjectNode json = guild.toJson();
    json.putNull("home_header");
    json.put("region", "deprecated");
    json.put("nsfw", false);
    return json;
  }

  private static ArrayNode features(World world, Guild guild, ObjectNode before, JsonNode wanted) {
    Set<String> old = new LinkedHashSet<>();
    before.path("features").forEach(f -> old.add(f.asString()));
    Set<String> requested = new LinkedHashSet<>();
    wanted.forEach(f -> requested.add(f.asString()));
    if (old.contains("COMMUNITY") != requested.contains("COMMUNITY")) {
      Access.inGuild(world, guild, Permissions.ADMINISTRATOR);
    }
    Set<String> result = new LinkedHashSet<>();
    for (String feature : old) {
      if (!MUTABLE_FEATURES.contains(feature) || requested.contains(feature)) {
        result.add(feature);
      }
    }
    for (String feature : requested) {
      if (MUTABLE_FEATURES.contains(feature)) {
        result.add(feature);
      }
    }
    ArrayNode json = Json.array();
    result.forEach(json::add);
    return json;
  }

  private static ObjectNode widgetSettingsOf(ObjectNode settings) {
    ObjectNode json = Json.object();
    json.put("enabled", settings.path("widget_enabled").asBoolean());
    json.set("channel_id", settings.get("widget_channel_id"));
    return json;
  }

  /** Applies only the @everyone role and its overwrite: what anyone at all may do there. */
  private static boolean everyoneHas(Guild guild, ObjectNode channel, long needed) {
    long bits =
        guild.roles().get(guild.id()).map(r -> ChannelEdits.bits(r.get("permissions"))).orElse(0L);
    for (JsonNode overwrite : channel.path("permission_overwrites")) {
      if (overwrite.path("type").asInt() == 0
          && Json.id(guild.id()).equals(overwrite.path("id").asString())) {
        bits =
            (bits & ~ChannelEdits.bits(overwrite.get("deny")))
                | ChannelEdits.bits(overwrite.get("allow"));
      }
    }
    return (bits & needed) == needed;
  }

  private static ObjectNode storedWelcomeScreen(Guild guild) {
    return guild
        .settingDocuments()
        .get(WELCOME_SCREEN)
        .orElseGet(
            () -> {
              ObjectNode json = Json.object();
              json.put("enabled", false);
              json.putNull("description");
              json.putArray("welcome_channels");
              return json;
            });
  }

  private static ObjectNode publicWelcomeScreen(ObjectNode stored) {
    ObjectNode json = stored.deepCopy();
    json.remove("enabled");
    return json;
  }

  private static ObjectNode storedOnboarding(Guild guild) {
    return guild
        .settingDocuments()
        .get(ONBOARDING)
        .orElseGet(
            () -> {
              ObjectNode json = Json.object();
              json.put("guild_id", Json.id(guild.id()));
              json.putArray("prompts");
              json.putArray("default_channel_ids");
              json.put("enabled", false);
              json.put("mode", 0);
              return json;
            });
  }

  /** Gives prompts and options without ids fresh ones, and every field the object lists. */
  private static ArrayNode prompts(World world, JsonNode requested) {
    ArrayNode prompts = Json.array();
    for (JsonNode prompt : requested) {
      ObjectNode stored = prompts.addObject();
      stored.put("id", Json.id(Json.readId(prompt.get("id")).orElseGet(world::nextId)));
      stored.put("type", prompt.path("type").asInt(0));
      stored.put("title", prompt.path("title").asString(""));
      stored.put("single_select", prompt.path("single_select").asBoolean(false));
      stored.put("required", prompt.path("required").asBoolean(false));
      stored.put("in_onboarding", prompt.path("in_onboarding").asBoolean(true));
      ArrayNode options = stored.putArray("options");
      for (JsonNode option : prompt.path("options")) {
        ObjectNode entry = options.addObject();
        entry.put("id", Json.id(Json.readId(option.get("id")).orElseGet(world::nextId)));
        entry.put("title", option.path("title").asString(""));
        entry.put("description", option.path("description").asString(""));
        ObjectNode emoji = entry.putObject("emoji");
        emoji.set(
            "id",
            nullIfMissing(
                option.path("emoji").isObject()
                    ? option.get("emoji").get("id")
                    : option.get("emoji_id")));
        emoji.set(
            "name",
            nullIfMissing(
                option.path("emoji").isObject()
                    ? option.get("emoji").get("name")
                    : option.get("emoji_name")));
        emoji.put("animated", option.path("emoji_animated").asBoolean(false));
        entry.set("role_ids", arrayOrEmpty(option.get("role_ids")));
        entry.set("channel_ids", arrayOrEmpty(option.get("channel_ids")));
      }
    }
    return prompts;
  }

  /**
   * Onboarding, once enabled, needs at least 7 default channels, 5 of them where @everyone may send
   * messages (resources/guild.mdx, "Modify Guild Onboarding").
   */
  private static void requireOnboardingDefaults(
      Guild guild, ObjectNode onboarding, FormErrors errors) {
    int defaults = 0;
    int writable = 0;
    for (JsonNode id : onboarding.path("default_channel_ids")) {
      Optional<ObjectNode> channel = Json.readId(id).flatMap(guild.channels()::get);
      if (channel.isEmpty()) {
        continue;
      }
      defaults++;
      if (everyoneHas(guild, channel.get(), Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES)) {
        writable++;
      }
    }
    if (defaults < 7 || writable < 5) {
      errors.add(
          "default_channel_ids",
          "ONBOARDING_DEFAULT_CHANNELS_INVALID",
          "Onboarding needs at least 7 default channels, 5 of which @everyone can send messages"
              + " in.");
    }
  }

  private static ObjectNode emptyIncidents() {
    ObjectNode json = Json.object();
    json.putNull("invites_disabled_until");
    json.putNull("dms_disabled_until");
    json.putNull("dm_spam_detected_at");
    json.putNull("raid_detected_at");
    return json;
  }

  private static JsonNode nullIfMissing(JsonNode node) {
    return node == null ? NullNode.getInstance() : node.deepCopy();
  }

  private static ArrayNode arrayOrEmpty(JsonNode node) {
    ArrayNode array = Json.array();
    if (node != null && node.isArray()) {
      node.forEach(value -> array.add(value.deepCopy()));
    }
    return array;
  }

  private static boolean isThread(ObjectNode channel) {
    return Channels.isThread(channel.path("type").asInt());
  }
}
