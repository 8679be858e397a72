package dev.gloam.testkit.internal.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The rules of topics/permissions.mdx, case by case, as the calculator applies them. */
class PermissionCalculatorTest {

  static final long VIEW = Permissions.VIEW_CHANNEL;
  static final long SEND = Permissions.SEND_MESSAGES;

  World world;
  Guild guild;
  Instant now;
  long userId;
  long roleA;
  long roleB;

  @BeforeEach
  void build() {
    world = new World(Clock.systemUTC(), new SnowflakeGenerator(Clock.systemUTC(), 1, 2));
    guild = world.guild();
    now = world.now();
    userId = world.addMember("member").user().id();
    roleA = role("a", 0, 2);
    roleB = role("b", 0, 3);
    setEveryone(VIEW | SEND | Permissions.ATTACH_FILES | Permissions.EMBED_LINKS);
  }

  long role(String name, long permissions, int position) {
    long id = world.nextId();
    guild.roles().put(id, Roles.newRole(id, name, permissions, position));
    return id;
  }

  void setEveryone(long permissions) {
    ObjectNode everyone = guild.roles().get(guild.id()).orElseThrow();
    everyone.put("permissions", Long.toUnsignedString(permissions));
    guild.roles().put(guild.id(), everyone);
  }

  void give(long... roles) {
    Member member = guild.member(userId).orElseThrow();
    guild.putMember(member.withRoles(Arrays.stream(roles).boxed().toList()));
  }

  ObjectNode channel(int type, Object... overwrites) {
    ObjectNode channel = Channels.newChannel(world.nextId(), guild.id(), type, "c", 0);
    ArrayNode array = channel.putArray("permission_overwrites");
    for (int i = 0; i < overwrites.length; i += 4) {
      ObjectNode overwrite = array.addObject();
      overwrite.put("id", Json.id((Long) overwrites[i]));
      overwrite.put("type", (Integer) overwrites[i + 1]);
      overwrite.put("allow", Long.toUnsignedString((Long) overwrites[i + 2]));
      overwrite.put("deny", Long.toUnsignedString((Long) overwrites[i + 3]));
    }
    guild.channels().put(Long.parseLong(channel.get("id").stringValue()), channel);
    return channel;
  }

  long in(ObjectNode channel) {
    return PermissionCalculator.inChannel(guild, channel, userId, now);
  }

  @Test
  void theOwnerHasEverythingEvenAgainstOverwrites() {
    long owner = guild.ownerId();
    ObjectNode hidden = channel(Channels.GUILD_TEXT, owner, 1, 0L, VIEW);
    assertThat(PermissionCalculator.inGuild(guild, owner, now)).isEqualTo(Permissions.ALL);
    assertThat(PermissionCalculator.inChannel(guild, hidden, owner, now))
        .isEqualTo(Permissions.ALL);
    assertThat(PermissionCalculator.highestPosition(guild, owner)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void administratorOverridesEveryOverwriteAndTimeout() {
    long admin = role("admin", Permissions.ADMINISTRATOR, 4);
    give(admin);
    guild.putMember(guild.member(userId).orElseThrow().withTimeout(now.plusSeconds(60)));
    ObjectNode hidden = channel(Channels.GUILD_TEXT, guild.id(), 0, 0L, VIEW);
    assertThat(PermissionCalculator.inGuild(guild, userId, now)).isEqualTo(Permissions.ALL);
    assertThat(in(hidden)).isEqualTo(Permissions.ALL);
  }

  @Test
  void guildPermissionsAreEveryoneOrTheMembersRoles() {
    role("unassigned", Permissions.BAN_MEMBERS, 5);
    give(role("kick", Permissions.KICK_MEMBERS, 4));
    long bits = PermissionCalculator.inGuild(guild, userId, now);
    assertThat(bits & Permissions.KICK_MEMBERS).isNotZero();
    assertThat(bits & Permissions.BAN_MEMBERS).isZero();
    assertThat(bits & SEND).isNotZero();
    assertThat(PermissionCalculator.inGuild(guild, 1, now)).as("not a member").isZero();
    assertThat(PermissionCalculator.highestPosition(guild, userId)).isEqualTo(4);
    assertThat(PermissionCalculator.highestPosition(guild, 1)).isEqualTo(-1);
  }

  @Test
  void theEveryoneOverwriteDeniesThenAllows() {
    ObjectNode channel =
        channel(
            Channels.GUILD_TEXT,
            guild.id(),
            0,
            Permissions.ADD_REACTIONS,
            Permissions.ATTACH_FILES);
    long bits = in(channel);
    assertThat(bits & Permissions.ADD_REACTIONS).isNotZero();
    assertThat(bits & Permissions.ATTACH_FILES).isZero();
  }

  @Test
  void roleOverwritesCombineWithAllowWinningOverDeny() {
    give(roleA, roleB);
    // The example of "Permission Hierarchy": A denies VIEW_CHANNEL, B allows it; the member sees.
    ObjectNode channel =
        channel(
            Channels.GUILD_TEXT, roleA, 0, 0L, VIEW, roleB, 0, VIEW, 0L, guild.id(), 0, 0L, VIEW);
    assertThat(in(channel) & VIEW).isNotZero();
    give(roleA);
    assertThat(in(channel)).as("only the denying role").isZero();
  }

  @Test
  void theMemberOverwriteComesLast() {
    give(roleA);
    ObjectNode channel =
        channel(
            Channels.GUILD_TEXT, roleA, 0, SEND, 0L, userId, 1, 0L, SEND, guild.id(), 0, 0L, SEND);
    assertThat(in(channel) & SEND).isZero();
    ObjectNode allowed = channel(Channels.GUILD_TEXT, roleA, 0, 0L, SEND, userId, 1, SEND, 0L);
    assertThat(in(allowed) & SEND).isNotZero();
  }

  @Test
  void withoutViewNothingAndWithoutSendNoneOfWhatSendingImplies() {
    ObjectNode hidden = channel(Channels.GUILD_TEXT, guild.id(), 0, 0L, VIEW);
    assertThat(in(hidden)).isZero();
    ObjectNode readOnly = channel(Channels.GUILD_TEXT, guild.id(), 0, 0L, SEND);
    long bits = in(readOnly);
    assertThat(bits & VIEW).isNotZero();
    assertThat(bits & (Permissions.ATTACH_FILES | Permissions.EMBED_LINKS)).isZero();
  }

  @Test
  void withoutConnectNoVoicePermissions() {
    give(role("voice", Permissions.SPEAK | Permissions.MANAGE_CHANNELS, 4));
    ObjectNode voice = channel(Channels.GUILD_VOICE, guild.id(), 0, 0L, Permissions.CONNECT);
    long bits = in(voice);
    assertThat(bits & VIEW).isNotZero();
    assertThat(bits & (Permissions.SPEAK | Permissions.MANAGE_CHANNELS)).isZero();
    ObjectNode open = channel(Channels.GUILD_VOICE);
    setEveryone(VIEW | Permissions.CONNECT);
    assertThat(in(open) & Permissions.SPEAK).isNotZero();
  }

  @Test
  void aTimedOutMemberMayOnlyReadUntilTheTimeoutEnds() {
    give(role("mod", Permissions.KICK_MEMBERS, 4));
    guild.putMember(
        guild.member(userId).orElseThrow().withTimeout(now.plus(Duration.ofMinutes(5))));
    ObjectNode channel = channel(Channels.GUILD_TEXT);
    assertThat(PermissionCalculator.inGuild(guild, userId, now))
        .isEqualTo(
            (VIEW
                    | SEND
                    | Permissions.ATTACH_FILES
                    | Permissions.EMBED_LINKS
                    | Permissions.KICK_MEMBERS)
                & Permissions.TIMED_OUT_ALLOWED);
    assertThat(in(channel)).isEqualTo(VIEW);
    assertThat(
            PermissionCalculator.inChannel(guild, channel, userId, now.plus(Duration.ofMinutes(6)))
                & SEND)
        .isNotZero();
  }

  @Test
  void threadsUseTheirParentsOverwritesAndSendInThreads() {
    ObjectNode parent =
        channel(
            Channels.GUILD_TEXT,
            guild.id(),
            0,
            Permissions.ADD_REACTIONS,
            Permissions.ATTACH_FILES);
    ObjectNode thread =
        Channels.newChannel(world.nextId(), guild.id(), Channels.PUBLIC_THREAD, "t", 0);
    thread.put("parent_id", parent.get("id").stringValue());
    // The thread's own overwrites, if it had any, would not count.
    thread.putArray("permission_overwrites").addObject().put("id", Json.id(guild.id()));
    assertThat(in(thread) & Permissions.ADD_REACTIONS).isNotZero();
    assertThat(in(thread) & VIEW).isNotZero();
    // Without SEND_MESSAGES_IN_THREADS, a thread gives none of what sending implies.
    setEveryone(VIEW | SEND | Permissions.EMBED_LINKS);
    assertThat(in(thread) & Permissions.EMBED_LINKS).isZero();
    setEveryone(VIEW | Permissions.SEND_MESSAGES_IN_THREADS | Permissions.EMBED_LINKS);
    assertThat(in(thread) & Permissions.EMBED_LINKS).isNotZero();
    ObjectNode orphan =
        Channels.newChannel(world.nextId(), guild.id(), Channels.PUBLIC_THREAD, "o", 0);
    orphan.put("parent_id", "1");
    assertThat(in(orphan)).as("a thread without its parent").isZero();
  }
}
