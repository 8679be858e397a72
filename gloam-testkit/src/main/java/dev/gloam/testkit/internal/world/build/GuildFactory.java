package dev.gloam.testkit.internal.world.build;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Emojis;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.Presence;
import dev.gloam.testkit.internal.world.Roles;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a whole guild from a {@link GuildSpec} in one change of the world: the guild (owned by the
 * human, with the bot and its managed role), its roles, channels, members (some of them online) and
 * custom emojis, then GUILD_CREATE for the sessions of its shard. Members are stored as compact
 * records in one bulk insert, so a guild of 100,000 members takes a fraction of a second.
 */
public final class GuildFactory {

  private final World world;
  private final Consumer<Guild> announcer;
  private final AtomicLong generatedNames = new AtomicLong();

  /**
   * Creates the factory of a world.
   *
   * @param world the world guilds are added to
   * @param announcer sends GUILD_CREATE for a new guild to the sessions that should get it
   */
  public GuildFactory(World world, Consumer<Guild> announcer) {
    this.world = world;
    this.announcer = announcer;
  }

  /**
   * Makes the user names of generated members: {@code member1}, {@code member2}, ... counted over
   * the whole world, so they never repeat.
   *
   * @return the next generated name
   */
  String nextGeneratedName() {
    return "member" + generatedNames.incrementAndGet();
  }

  /**
   * Makes the guild.
   *
   * @param spec what it contains; checked by the caller except for cross references
   * @return what was made
   */
  public BuiltGuild create(GuildSpec spec) {
    return world.change(() -> createLocked(spec));
  }

  private BuiltGuild createLocked(GuildSpec spec) {
    Map<String, Long> roleIds = new LinkedHashMap<>();
    // Cross references are checked before anything is made, so a bad spec leaves no trace.
    for (GuildSpec.MemberSpec member : spec.namedMembers()) {
      for (String roleName : member.roleNames()) {
        if (spec.roles().stream().noneMatch(role -> role.name().equals(roleName))) {
          throw Checks.invalid(
              "member "
                  + member.username()
                  + " names role \""
                  + roleName
                  + "\", which is not made");
        }
      }
    }
    for (GuildSpec.ChannelSpec channel : spec.channels()) {
      if (channel.category() != null
          && spec.channels().stream()
              .noneMatch(
                  other ->
                      other.name().equals(channel.category())
                          && other.type() == Channels.GUILD_CATEGORY)) {
        throw Checks.invalid(
            "channel \""
                + channel.name()
                + "\" is in category \""
                + channel.category()
                + "\", which is not made");
      }
    }
    // The owner and the bot are members too.
    if (2L + spec.namedMembers().size() + spec.generatedMembers() > Checks.MAX_MEMBERS) {
      throw Checks.invalid("a guild has at most " + Checks.MAX_MEMBERS + " members");
    }
    long guildId = newGuildId(spec.shardId(), spec.shardCount());
    Guild guild = world.addGuild(guildId, spec.name());
    Instant created = world.now();

    int position = 1;
    for (GuildSpec.RoleSpec role : spec.roles()) {
      long id = world.nextId();
      guild.roles().put(id, Roles.newRole(id, role.name(), role.permissions(), position++));
      roleIds.put(role.name(), id);
    }
    // The bot's managed role stays on top, so the bot may manage every role made here.
    ObjectNode botRole = guild.roles().get(guild.botRoleId()).orElseThrow();
    botRole.put("position", position);
    if (spec.botPermissions() != null) {
      botRole.put("permissions", Long.toUnsignedString(spec.botPermissions()));
    }
    guild.roles().put(guild.botRoleId(), botRole);

    Map<String, Long> channelIds = new LinkedHashMap<>();
    for (GuildSpec.ChannelSpec channel : spec.channels()) {
      channelIds.put(channel.name(), world.nextId());
    }
    int channelPosition = 0;
    Long systemChannel = null;
    for (GuildSpec.ChannelSpec channel : spec.channels()) {
      long id = channelIds.get(channel.name());
      ObjectNode json =
          Channels.newChannel(id, guildId, channel.type(), channel.name(), channelPosition++);
      if (channel.category() != null) {
        json.put("parent_id", Json.id(channelIds.get(channel.category())));
      }
      guild.channels().put(id, json);
      if (systemChannel == null && channel.type() == Channels.GUILD_TEXT) {
        systemChannel = id;
      }
    }
    if (systemChannel != null) {
      ObjectNode settings = guild.settings();
      settings.put("system_channel_id", Json.id(systemChannel));
      guild.settings(settings);
    }

    List<Member> added = new ArrayList<>(spec.namedMembers().size() + spec.generatedMembers());
    Map<String, Long> namedMemberIds = new LinkedHashMap<>();
    for (GuildSpec.MemberSpec member : spec.namedMembers()) {
      User user = world.putUser(new User(world.nextId(), member.username(), null, false));
      namedMemberIds.put(member.username(), user.id());
      List<Long> roles = member.roleNames().stream().map(roleIds::get).distinct().toList();
      added.add(new Member(user, created).withRoles(roles));
    }
    for (int i = 0; i < spec.generatedMembers(); i++) {
      User user = world.putUser(new User(world.nextId(), nextGeneratedName(), null, false));
      added.add(new Member(user, created));
    }
    guild.putMembers(added);

    long[] onlineIds = new long[spec.onlineMembers()];
    long since = created.toEpochMilli();
    for (int i = 0; i < onlineIds.length; i++) {
      onlineIds[i] = added.get(i).user().id();
      world.putPresence(onlineIds[i], Presence.sample(i, since));
    }
    long[] emojiIds = new long[spec.emojis()];
    for (int i = 0; i < emojiIds.length; i++) {
      emojiIds[i] = world.nextId();
      guild
          .emojis()
          .put(emojiIds[i], Emojis.newEmoji(emojiIds[i], "emoji_" + (i + 1), false, world.human()));
    }

    List<Member> all = guild.members();
    long[] memberIds = new long[all.size()];
    for (int i = 0; i < memberIds.length; i++) {
      memberIds[i] = all.get(i).user().id();
    }
    if (spec.announce()) {
      announcer.accept(guild);
    }
    return new BuiltGuild(
        guildId,
        spec.name(),
        guild.ownerId(),
        guild.botRoleId(),
        channelIds,
        roleIds,
        namedMemberIds,
        memberIds,
        emojiIds,
        onlineIds);
  }

  private long newGuildId(int shardId, int shardCount) {
    long id = world.nextId();
    if (shardCount == 0) {
      return id;
    }
    // The shard depends on the id's millisecond, and the generator moves to the next millisecond
    // after at most 4096 ids, so this ends within shardCount * 4096 tries whatever the clock does.
    while ((id >> 22) % shardCount != shardId) {
      id = world.nextId();
    }
    return id;
  }
}
