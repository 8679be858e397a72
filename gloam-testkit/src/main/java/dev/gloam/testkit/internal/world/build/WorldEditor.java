package dev.gloam.testkit.internal.world.build;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.MemberEvents;
import dev.gloam.testkit.internal.world.Roles;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The changes a test makes to guilds that exist, as the guild's owner (the human) would make them
 * in Discord's client: each runs under the world's lock, stores the change, writes the audit log
 * entry Discord writes for it and dispatches the gateway event Discord sends ({@code
 * events/gateway-events.mdx}: CHANNEL_CREATE, GUILD_ROLE_CREATE, GUILD_ROLE_UPDATE,
 * GUILD_MEMBER_ADD, GUILD_MEMBER_UPDATE, GUILD_DELETE).
 */
public final class WorldEditor {

  private static final int AUDIT_CHANNEL_CREATE = 10;
  private static final int AUDIT_MEMBER_ROLE_UPDATE = 25;
  private static final int AUDIT_ROLE_CREATE = 30;
  private static final int AUDIT_ROLE_UPDATE = 31;

  private final World world;
  private final GuildFactory factory;

  /**
   * Creates the editor of a world.
   *
   * @param world the world
   * @param factory makes new guilds, and the names of generated members
   */
  public WorldEditor(World world, GuildFactory factory) {
    this.world = world;
    this.factory = factory;
  }

  /**
   * Adds a channel at the end of the guild's list and sends CHANNEL_CREATE.
   *
   * @param guildId the guild
   * @param name the channel's name, 1 to 100 characters; names may repeat, as on Discord
   * @param type Discord's channel type number (not a thread type)
   * @param parentId the category the channel sits in, or 0 for none
   * @return the new channel's id
   */
  public long addChannel(long guildId, String name, int type, long parentId) {
    Checks.name("a channel name", name, 1, 100);
    return world.change(
        () -> {
          Guild guild = guild(guildId);
          if (parentId != 0
              && guild
                  .channels()
                  .get(parentId)
                  .filter(parent -> parent.path("type").asInt() == Channels.GUILD_CATEGORY)
                  .isEmpty()) {
            throw Checks.invalid(parentId + " is not a category of guild " + guildId);
          }
          long id = world.nextId();
          int position =
              guild.channels().where(c -> !Channels.isThread(c.path("type").asInt())).size();
          ObjectNode channel = Channels.newChannel(id, guildId, type, name, position);
          if (parentId != 0) {
            channel.put("parent_id", Json.id(parentId));
          }
          guild.channels().put(id, channel);
          world.dispatch(guildId, "CHANNEL_CREATE", channel);
          ArrayNode changes = Json.array();
          change(changes, "name", name);
          changes.addObject().put("key", "type").put("new_value", type);
          world.audit(guild, AUDIT_CHANNEL_CREATE, guild.ownerId(), id, changes, null, null);
          return id;
        });
  }

  /**
   * Adds a role just above {@code @everyone}, moving every other role up one place as Discord does,
   * and sends GUILD_ROLE_CREATE, then GUILD_ROLE_UPDATE for each role that moved.
   *
   * @param guildId the guild
   * @param name the role's name, 1 to 100 characters; names may repeat, as on Discord
   * @param permissions the permission bits
   * @return the new role's id
   */
  public long addRole(long guildId, String name, long permissions) {
    Checks.name("a role name", name, 1, 100);
    Checks.permissions(permissions);
    return world.change(
        () -> {
          Guild guild = guild(guildId);
          List<ObjectNode> moved = new ArrayList<>();
          for (ObjectNode role : guild.roles().all()) {
            int position = role.path("position").asInt();
            if (position >= 1) {
              role.put("position", position + 1);
              guild.roles().put(Long.parseUnsignedLong(role.get("id").stringValue()), role);
              moved.add(role);
            }
          }
          long id = world.nextId();
          ObjectNode role = Roles.newRole(id, name, permissions, 1);
          guild.roles().put(id, role);
          world.dispatch(guildId, "GUILD_ROLE_CREATE", roleEvent(guildId, role));
          for (ObjectNode other : moved) {
            world.dispatch(guildId, "GUILD_ROLE_UPDATE", roleEvent(guildId, other));
          }
          ArrayNode changes = Json.array();
          change(changes, "name", name);
          change(changes, "permissions", Long.toUnsignedString(permissions));
          world.audit(guild, AUDIT_ROLE_CREATE, guild.ownerId(), id, changes, null, null);
          return id;
        });
  }

  /**
   * Changes what the bot's managed role grants and sends GUILD_ROLE_UPDATE.
   *
   * @param guildId the guild
   * @param permissions the new permission bits
   */
  public void setBotPermissions(long guildId, long permissions) {
    Checks.permissions(permissions);
    world.change(
        () -> {
          Guild guild = guild(guildId);
          ObjectNode role = guild.roles().get(guild.botRoleId()).orElseThrow();
          String old = role.path("permissions").asString();
          role.put("permissions", Long.toUnsignedString(permissions));
          guild.roles().put(guild.botRoleId(), role);
          world.dispatch(guildId, "GUILD_ROLE_UPDATE", roleEvent(guildId, role));
          ArrayNode changes = Json.array();
          changes
              .addObject()
              .put("key", "permissions")
              .put("old_value", old)
              .put("new_value", Long.toUnsignedString(permissions));
          world.audit(
              guild, AUDIT_ROLE_UPDATE, guild.ownerId(), guild.botRoleId(), changes, null, null);
          return null;
        });
  }

  /**
   * Creates a user that joins a guild with some roles, and sends GUILD_MEMBER_ADD.
   *
   * @param guildId the guild
   * @param username the user name, 2 to 32 characters
   * @param roleIds roles of the guild to give, neither {@code @everyone} nor managed
   * @return the new user's id
   */
  public long addMember(long guildId, String username, long... roleIds) {
    Checks.name("a user name", username, 2, 32);
    return world.change(
        () -> {
          Guild guild = guild(guildId);
          List<Long> roles = new ArrayList<>();
          for (long roleId : roleIds) {
            assignable(guild, roleId);
            if (!roles.contains(roleId)) {
              roles.add(roleId);
            }
          }
          roomFor(guild, 1);
          User user = world.putUser(new User(world.nextId(), username, null, false));
          Member member = new Member(user, world.now()).withRoles(roles);
          guild.putMember(member);
          MemberEvents.added(world, guild, member);
          return user.id();
        });
  }

  /**
   * Creates users with generated names ({@code member1}, {@code member2}, ...) that join a guild.
   *
   * @param guildId the guild
   * @param count how many, 0 to 500,000 in all
   * @param announce whether to send GUILD_MEMBER_ADD for each
   * @return the new users' ids, in join order
   */
  public long[] addMembers(long guildId, int count, boolean announce) {
    Checks.memberCount(count);
    return world.change(
        () -> {
          Guild guild = guild(guildId);
          roomFor(guild, count);
          Instant joined = world.now();
          List<Member> added = new ArrayList<>(count);
          long[] ids = new long[count];
          for (int i = 0; i < count; i++) {
            User user =
                world.putUser(new User(world.nextId(), factory.nextGeneratedName(), null, false));
            ids[i] = user.id();
            added.add(new Member(user, joined));
          }
          guild.putMembers(added);
          if (announce) {
            for (Member member : added) {
              MemberEvents.added(world, guild, member);
            }
          }
          return ids;
        });
  }

  /**
   * Gives a member a role and sends GUILD_MEMBER_UPDATE. Giving a role the member has does nothing.
   *
   * @param guildId the guild
   * @param userId the member
   * @param roleId a role of the guild, neither {@code @everyone} nor managed
   */
  public void giveRole(long guildId, long userId, long roleId) {
    world.change(
        () -> {
          Guild guild = guild(guildId);
          ObjectNode role = assignable(guild, roleId);
          Member member =
              guild
                  .member(userId)
                  .orElseThrow(
                      () -> Checks.invalid("user " + userId + " is not a member of " + guildId));
          if (member.roles().contains(roleId)) {
            return null;
          }
          List<Long> roles = new ArrayList<>(member.roles());
          roles.add(roleId);
          Member changed = member.withRoles(roles);
          guild.putMember(changed);
          MemberEvents.updated(world, guild, changed);
          ArrayNode changes = Json.array();
          ObjectNode added = changes.addObject();
          added.put("key", "$add");
          ObjectNode partialRole = added.putArray("new_value").addObject();
          partialRole.put("id", Json.id(roleId));
          partialRole.put("name", role.path("name").asString());
          world.audit(
              guild, AUDIT_MEMBER_ROLE_UPDATE, guild.ownerId(), userId, changes, null, null);
          return null;
        });
  }

  /**
   * Removes the bot from a guild (as when it is kicked or the guild is deleted) and sends
   * GUILD_DELETE without {@code unavailable}, which is how Discord says the bot was removed.
   *
   * @param guildId the guild; not the world's first guild, which the testkit's defaults point at
   */
  public void removeGuild(long guildId) {
    world.change(
        () -> {
          Guild guild = guild(guildId);
          if (guild == world.guild()) {
            throw Checks.invalid(
                "the default guild " + guildId + " cannot be removed; build another one to remove");
          }
          world.removeGuild(guildId);
          ObjectNode event = Json.object();
          event.put("id", Json.id(guildId));
          world.dispatch(guildId, "GUILD_DELETE", event);
          return null;
        });
  }

  private Guild guild(long guildId) {
    return world.guild(guildId).orElseThrow(() -> Checks.invalid("unknown guild " + guildId));
  }

  private static ObjectNode assignable(Guild guild, long roleId) {
    if (roleId == guild.id()) {
      throw Checks.invalid("@everyone is every member's role and cannot be given");
    }
    ObjectNode role =
        guild
            .roles()
            .get(roleId)
            .orElseThrow(
                () -> Checks.invalid("unknown role " + roleId + " in guild " + guild.id()));
    if (role.path("managed").asBoolean()) {
      throw Checks.invalid("role " + roleId + " is managed by an integration and cannot be given");
    }
    return role;
  }

  private static void roomFor(Guild guild, int count) {
    if ((long) guild.memberCount() + count > Checks.MAX_MEMBERS) {
      throw Checks.invalid(
          "guild "
              + guild.id()
              + " has "
              + guild.memberCount()
              + " members; "
              + count
              + " more would pass Discord's limit of "
              + Checks.MAX_MEMBERS);
    }
  }

  private static void change(ArrayNode changes, String key, String newValue) {
    changes.addObject().put("key", key).put("new_value", newValue);
  }

  private static ObjectNode roleEvent(long guildId, ObjectNode role) {
    ObjectNode event = Json.object();
    event.put("guild_id", Json.id(guildId));
    event.set("role", role);
    return event;
  }
}
