package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of invites (resources/channel.mdx, resources/guild.mdx,
 * resources/invite.mdx): Create Channel Invite, Get Channel Invites, Get Guild Invites, Get Invite
 * and Delete Invite. Invites are stored with their metadata; an invite past its {@code expires_at}
 * is gone. Creating one sends INVITE_CREATE and writes audit entry 40, deleting one sends
 * INVITE_DELETE and writes 42.
 */
public final class InviteRoutes {

  /** Audit log INVITE_CREATE. */
  static final int INVITE_CREATE = 40;

  /** Audit log INVITE_DELETE. */
  static final int INVITE_DELETE = 42;

  /** The metadata fields (resources/invite.mdx, "Invite Metadata Object"). */
  private static final List<String> METADATA =
      List.of("uses", "max_uses", "max_age", "temporary", "created_at");

  /** Channel types that can be invited to; categories and threads cannot. */
  private static final Set<Integer> INVITABLE =
      Set.of(
          Channels.GUILD_TEXT,
          Channels.GUILD_VOICE,
          Channels.GUILD_ANNOUNCEMENT,
          Channels.GUILD_STAGE_VOICE,
          Channels.GUILD_FORUM,
          Channels.GUILD_MEDIA);

  private static final String CODE_LETTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private InviteRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.add(router, world, "POST", "/channels/{channel.id}/invites", InviteRoutes::create);
    LockedRoutes.add(
        router, world, "GET", "/channels/{channel.id}/invites", InviteRoutes::channelInvites);
    LockedRoutes.add(
        router, world, "GET", "/guilds/{guild.id}/invites", InviteRoutes::guildInvites);
    LockedRoutes.add(router, world, "GET", "/invites/{invite.code}", InviteRoutes::get);
    LockedRoutes.add(router, world, "DELETE", "/invites/{invite.code}", InviteRoutes::delete);
  }

  private static RestResponse create(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Guild guild = channel.guild();
    Access.inChannel(world, channel, Permissions.CREATE_INSTANT_INVITE);
    if (!INVITABLE.contains(channel.type())) {
      throw new ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    ObjectNode body = Lookup.body(request);
    int maxAge = body.path("max_age").asInt(86_400);
    int maxUses = body.path("max_uses").asInt(0);
    boolean temporary = body.path("temporary").asBoolean(false);
    ArrayNode roleIds = Json.array();
    if (body.hasNonNull("role_ids") && !body.get("role_ids").isEmpty()) {
      Access.inGuild(world, guild, Permissions.MANAGE_ROLES);
      for (JsonNode node : body.get("role_ids")) {
        long roleId = Json.readId(node).orElse(0L);
        ObjectNode role =
            guild.roles().get(roleId).orElseThrow(() -> new ApiError(404, 10011, "Unknown Role"));
        Access.above(world, guild, role.path("position").asInt());
        roleIds.add(Json.id(roleId));
      }
    }
    if (!body.path("unique").asBoolean(false) && roleIds.isEmpty()) {
      Optional<ObjectNode> similar =
          live(world, guild).stream()
              .filter(
                  invite ->
                      invite.path("channel").path("id").asString("").equals(Json.id(channel.id())))
              .filter(
                  invite ->
                      invite
                          .path("inviter")
                          .path("id")
                          .asString("")
                          .equals(Json.id(world.bot().id())))
              .filter(invite -> invite.path("max_age").asInt() == maxAge)
              .filter(invite -> invite.path("max_uses").asInt() == maxUses)
              .filter(invite -> invite.path("temporary").asBoolean() == temporary)
              .filter(invite -> invite.path("uses").asInt() == 0)
              .findFirst();
      if (similar.isPresent()) {
        return RestResponse.ok(similar.get(), "invite " + code(similar.get()) + " (reused)");
      }
    }
    Instant now = world.now();
    String code = newCode(world);
    ObjectNode invite = Json.object();
    invite.put("type", 0);
    invite.put("code", code);
    invite.put("guild_id", Json.id(guild.id()));
    invite.set("guild", partialGuild(guild));
    ObjectNode partialChannel = invite.putObject("channel");
    partialChannel.put("id", Json.id(channel.id()));
    partialChannel.put("type", channel.type());
    partialChannel.put("name", channel.name());
    invite.set("inviter", world.bot().toJson());
    invite.put("expires_at", maxAge == 0 ? null : DiscordTime.format(now.plusSeconds(maxAge)));
    invite.put("flags", 0);
    invite.put("uses", 0);
    invite.put("max_uses", maxUses);
    invite.put("max_age", maxAge);
    invite.put("temporary", temporary);
    invite.put("created_at", DiscordTime.format(now));
    if (!roleIds.isEmpty()) {
      ArrayNode roles = invite.putArray("roles");
      for (JsonNode id : roleIds) {
        ObjectNode role = guild.roles().get(Long.parseUnsignedLong(id.asString())).orElseThrow();
        ObjectNode partial = roles.addObject();
        for (String field :
            List.of("id", "name", "position", "color", "colors", "icon", "unicode_emoji")) {
          partial.set(field, role.get(field));
        }
      }
    }
    guild.invites().put(code, invite);
    ObjectNode event = Json.object();
    event.put("channel_id", Json.id(channel.id()));
    event.put("code", code);
    event.put("created_at", invite.get("created_at").asString());
    event.put("guild_id", Json.id(guild.id()));
    event.set("inviter", world.bot().toJson());
    event.put("max_age", maxAge);
    event.put("max_uses", maxUses);
    event.put("temporary", temporary);
    event.put("uses", 0);
    event.set("expires_at", invite.get("expires_at"));
    if (!roleIds.isEmpty()) {
      event.set("role_ids", roleIds);
    }
    world.dispatch(guild.id(), "INVITE_CREATE", event);
    world.audit(
        guild,
        INVITE_CREATE,
        world.bot().id(),
        null,
        auditValues(invite, true).toJson(),
        null,
        request.auditLogReason());
    return RestResponse.ok(invite, "invite " + code);
  }

  private static RestResponse channelInvites(World world, RestRequest request) {
    GuildChannel channel = Lookup.channel(world, request);
    Access.inChannel(world, channel, Permissions.MANAGE_CHANNELS);
    ArrayNode invites = Json.array();
    String channelId = Json.id(channel.id());
    live(world, channel.guild()).stream()
        .filter(invite -> invite.path("channel").path("id").asString("").equals(channelId))
        .forEach(invites::add);
    return RestResponse.ok(invites, invites.size() + " invites");
  }

  private static RestResponse guildInvites(World world, RestRequest request) {
    Guild guild = Lookup.guild(world, request);
    long granted = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    if ((granted & (Permissions.MANAGE_GUILD | Permissions.VIEW_AUDIT_LOG)) == 0) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
    boolean metadata = (granted & Permissions.MANAGE_GUILD) != 0;
    ArrayNode invites = Json.array();
    for (ObjectNode invite : live(world, guild)) {
      if (!metadata) {
        invite.remove(METADATA);
      }
      invites.add(invite);
    }
    return RestResponse.ok(invites, invites.size() + " invites");
  }

  private static RestResponse get(World world, RestRequest request) {
    Found found = find(world, request);
    ObjectNode invite = found.invite();
    invite.remove(METADATA);
    if (request.flag("with_counts")) {
      // Every member counts as online: the testkit keeps no presences for REST.
      invite.put("approximate_member_count", found.guild().memberCount());
      invite.put("approximate_presence_count", found.guild().memberCount());
    }
    return RestResponse.ok(invite, "invite " + code(invite));
  }

  private static RestResponse delete(World world, RestRequest request) {
    Found found = find(world, request);
    Guild guild = found.guild();
    ObjectNode invite = found.invite();
    long channelId = Long.parseUnsignedLong(invite.path("channel").path("id").asString());
    long granted = PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
    if ((granted & Permissions.MANAGE_GUILD) == 0) {
      GuildChannel channel =
          world
              .channel(channelId)
              .orElseThrow(() -> new ApiError(403, 50013, "Missing Permissions"));
      Access.inChannel(world, channel, Permissions.MANAGE_CHANNELS);
    }
    guild.invites().remove(code(invite));
    ObjectNode event = Json.object();
    event.put("channel_id", Json.id(channelId));
    event.put("guild_id", Json.id(guild.id()));
    event.put("code", code(invite));
    world.dispatch(guild.id(), "INVITE_DELETE", event);
    world.audit(
        guild,
        INVITE_DELETE,
        world.bot().id(),
        null,
        auditValues(invite, false).toJson(),
        null,
        request.auditLogReason());
    return RestResponse.ok(invite, "deleted invite " + code(invite));
  }

  /** An invite and the guild it belongs to. */
  private record Found(Guild guild, ObjectNode invite) {}

  private static Found find(World world, RestRequest request) {
    String code = request.pathParameters().getOrDefault("invite.code", "");
    for (Guild guild : world.guilds()) {
      Optional<ObjectNode> invite = guild.invites().get(code).filter(i -> !expired(world, i));
      if (invite.isPresent()) {
        return new Found(guild, invite.get());
      }
    }
    throw new ApiError(404, 10006, "Unknown Invite");
  }

  /** The guild's invites that have not expired, oldest first. */
  private static List<ObjectNode> live(World world, Guild guild) {
    return guild.invites().where(invite -> !expired(world, invite));
  }

  private static boolean expired(World world, ObjectNode invite) {
    JsonNode expiresAt = invite.get("expires_at");
    return expiresAt != null
        && expiresAt.isString()
        && !OffsetDateTime.parse(expiresAt.asString()).toInstant().isAfter(world.now());
  }

  /** The audit changes of an invite: its properties as new values, or as old ones on delete. */
  private static MemberAudit auditValues(ObjectNode invite, boolean created) {
    MemberAudit changes = new MemberAudit();
    Object[][] values = {
      {"code", code(invite)},
      {"channel_id", invite.path("channel").path("id").asString()},
      {"inviter_id", invite.path("inviter").path("id").asString()},
      {"uses", invite.path("uses").asInt()},
      {"max_uses", invite.path("max_uses").asInt()},
      {"max_age", invite.path("max_age").asInt()},
      {"temporary", invite.path("temporary").asBoolean()},
      {"flags", invite.path("flags").asInt()}
    };
    for (Object[] value : values) {
      if (created) {
        changes.created((String) value[0], value[1]);
      } else {
        changes.deleted((String) value[0], value[1]);
      }
    }
    return changes;
  }

  /** The guild as an invite shows it (the schema's InviteGuildResponse). */
  private static ObjectNode partialGuild(Guild guild) {
    ObjectNode settings = guild.settings();
    ObjectNode partial = Json.object();
    for (String field :
        List.of(
            "id",
            "name",
            "splash",
            "banner",
            "description",
            "icon",
            "features",
            "verification_level",
            "vanity_url_code",
            "nsfw_level",
            "premium_subscription_count")) {
      partial.set(field, settings.get(field));
    }
    partial.put("nsfw", settings.path("nsfw_level").asInt() == 1);
    return partial;
  }

  /** A fresh random code of 8 to 10 letters and digits, unique across the world. */
  private static String newCode(World world) {
    while (true) {
      int length = 8 + RANDOM.nextInt(3);
      StringBuilder code = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
      }
      String candidate = code.toString();
      if (world.guilds().stream().noneMatch(guild -> guild.invites().contains(candidate))) {
        return candidate;
      }
    }
  }

  private static String code(ObjectNode invite) {
    return invite.path("code").asString();
  }
}
