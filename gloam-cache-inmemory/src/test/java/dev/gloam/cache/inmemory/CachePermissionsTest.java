package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.channel;
import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.overwrite;
import static dev.gloam.cache.inmemory.Payloads.role;
import static dev.gloam.cache.inmemory.Payloads.thread;
import static dev.gloam.cache.inmemory.Payloads.timedOutMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Permission questions answered from a cache filled through a real shard, case by case after
 * Discord's topics/permissions; the calculator's own rules are tested in gloam-util.
 */
class CachePermissionsTest {
  static final long GUILD = 5_000_001;
  static final long MOD = GUILD + 1;
  static final long ADMIN = GUILD + 2;
  static final long TEXT = GUILD + 10;
  static final long LOCKED = GUILD + 11;
  static final long THREAD = GUILD + 12;
  static final long ORPHAN_THREAD = GUILD + 13;
  static final long OWNER = 1;
  static final long PLAIN = 2;
  static final long MODERATOR = 3;
  static final long ADMINISTRATOR = 4;
  static final long TIMED_OUT = 5;
  static final long TIMEOUT_OVER = 6;
  static final long STALE_ROLE = 7;
  static final long EVERYONE =
      Permissions.VIEW_CHANNEL
          .with(
              Permissions.SEND_MESSAGES,
              Permissions.READ_MESSAGE_HISTORY,
              Permissions.SEND_MESSAGES_IN_THREADS,
              Permissions.ADD_REACTIONS)
          .bits();
  static final long MOD_PERMISSIONS =
      Permissions.MANAGE_MESSAGES.with(Permissions.KICK_MEMBERS).bits();
  static final long SEND = Permissions.SEND_MESSAGES.bits();
  static final long VIEW = Permissions.VIEW_CHANNEL.bits();

  @RegisterExtension static final ShardFeed feed = new ShardFeed();
  static CachePermissions permissions;

  @BeforeAll
  static void fillGuild() {
    Clock now = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    InMemoryCache cache = feed.fresh(InMemoryCache.builder().clock(now));
    GuildParts parts = new GuildParts(GUILD, OWNER, EVERYONE);
    parts.roles += "," + role(MOD, "Mod", MOD_PERMISSIONS, 1) + "," + role(ADMIN, "Admin", 8, 2);
    parts.members =
        String.join(
            ",",
            member(OWNER, "owner"),
            member(PLAIN, "plain"),
            member(MODERATOR, "mod", MOD),
            member(ADMINISTRATOR, "admin", ADMIN),
            timedOutMember(TIMED_OUT, "muted", "2030-01-01T00:00:00Z", MOD),
            timedOutMember(TIMEOUT_OVER, "free", "2020-01-01T00:00:00Z"),
            member(STALE_ROLE, "stale", 424242));
    // TEXT: @everyone may not send, moderators may (deny, then the role's allow).
    // LOCKED: moderators may not view, but this one moderator may (roles, then the member).
    parts.channels =
        String.join(
            ",",
            channel(TEXT, 0, 0, 0, overwrite(GUILD, 0, 0, SEND), overwrite(MOD, 0, SEND, 0)),
            channel(
                LOCKED,
                0,
                0,
                0,
                overwrite(MOD, 0, 0, VIEW),
                overwrite(MODERATOR, 1, VIEW, 0),
                overwrite(PLAIN, 1, 0, VIEW)));
    parts.threads = thread(THREAD, GUILD, TEXT, 11) + "," + thread(ORPHAN_THREAD, GUILD, 999, 11);
    feed.send("GUILD_CREATE", guild(parts));
    permissions = cache.permissions();
  }

  private static long root(long user) {
    return permissions.root(Id.of(user), Id.of(GUILD)).bits();
  }

  private static long in(long user, long channel) {
    return permissions.inChannel(Id.of(user), Id.of(channel)).bits();
  }

  @Test
  void theOwnerAndAdministratorsHaveEveryPermissionEverywhere() {
    assertThat(root(OWNER)).isEqualTo(Permissions.all().bits());
    assertThat(root(ADMINISTRATOR)).isEqualTo(Permissions.all().bits());
    // In a channel, every permission that applies to its type (voice ones do not, in text).
    long text = in(OWNER, LOCKED);
    assertThat(text).isEqualTo(in(ADMINISTRATOR, LOCKED));
    assertThat(text & (VIEW | SEND | Permissions.MANAGE_MESSAGES.bits()))
        .as("the overwrites that hide LOCKED do not apply")
        .isEqualTo(VIEW | SEND | Permissions.MANAGE_MESSAGES.bits());
    assertThat(text & Permissions.CONNECT.bits()).isZero();
    assertThat(in(ADMINISTRATOR, TEXT) & SEND).as("overwrites do not apply").isNotZero();
  }

  @Test
  void rootIsEveryoneAndTheMembersRoles() {
    assertThat(root(PLAIN)).isEqualTo(EVERYONE);
    assertThat(root(MODERATOR)).isEqualTo(EVERYONE | MOD_PERMISSIONS);
  }

  @Test
  void overwritesApplyInDiscordsOrder() {
    assertThat(in(PLAIN, TEXT) & SEND).as("@everyone's deny").isZero();
    assertThat(in(MODERATOR, TEXT) & SEND)
        .as("the role's allow after @everyone's deny")
        .isNotZero();
    assertThat(in(MODERATOR, LOCKED) & VIEW)
        .as("the member's allow after the role's deny")
        .isNotZero();
    assertThat(in(PLAIN, LOCKED)).as("no VIEW_CHANNEL, no channel permission").isZero();
  }

  @Test
  void aThreadUsesItsParentsOverwritesAndSendsWithSendMessagesInThreads() {
    assertThat(in(PLAIN, THREAD) & SEND)
        .as("@everyone may not send in TEXT, but may send in its threads")
        .isNotZero();
    assertThat(in(PLAIN, THREAD) & Permissions.ADD_REACTIONS.bits()).isNotZero();
  }

  @Test
  void aRunningTimeoutLeavesOnlyViewingAndReadingHistory() {
    long kept = VIEW | Permissions.READ_MESSAGE_HISTORY.bits();
    assertThat(root(TIMED_OUT)).isEqualTo(kept);
    assertThat(in(TIMED_OUT, TEXT)).isEqualTo(kept);
    assertThat(root(TIMEOUT_OVER)).as("a timeout in the past").isEqualTo(EVERYONE);
  }

  @Test
  void aRoleTheGuildNoLongerHasGrantsNothing() {
    assertThat(root(STALE_ROLE)).isEqualTo(EVERYONE);
  }

  @Test
  void missingPiecesAreReportedByKind() {
    assertThatThrownBy(() -> root(999))
        .isInstanceOfSatisfying(
            CacheException.class,
            e -> assertThat(e.kind()).isEqualTo(CacheException.Kind.MEMBER_MISSING));
    assertThatThrownBy(() -> permissions.root(Id.of(PLAIN), Id.of(123)))
        .isInstanceOfSatisfying(
            CacheException.class,
            e -> assertThat(e.kind()).isEqualTo(CacheException.Kind.GUILD_MISSING));
    assertThatThrownBy(() -> in(PLAIN, 31337))
        .isInstanceOfSatisfying(
            CacheException.class,
            e -> assertThat(e.kind()).isEqualTo(CacheException.Kind.CHANNEL_MISSING));
    assertThatThrownBy(() -> in(PLAIN, ORPHAN_THREAD))
        .isInstanceOfSatisfying(
            CacheException.class,
            e -> assertThat(e.kind()).isEqualTo(CacheException.Kind.PARENT_MISSING));
  }
}
