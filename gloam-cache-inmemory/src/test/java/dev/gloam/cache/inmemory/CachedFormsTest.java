package dev.gloam.cache.inmemory;

import static dev.gloam.cache.inmemory.Payloads.TIME;
import static dev.gloam.cache.inmemory.Payloads.guild;
import static dev.gloam.cache.inmemory.Payloads.ids;
import static dev.gloam.cache.inmemory.Payloads.member;
import static dev.gloam.cache.inmemory.Payloads.role;
import static dev.gloam.cache.inmemory.Payloads.timedOutMember;
import static dev.gloam.cache.inmemory.Payloads.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.Payloads.GuildParts;
import dev.gloam.cache.inmemory.form.CachedForms;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.cache.inmemory.form.CachedRole;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A program's own cached forms replace the standard ones and still answer permissions. */
class CachedFormsTest {
  static final long GUILD = 4_000_001;
  @RegisterExtension static final ShardFeed feed = new ShardFeed();

  /** A member that keeps only what permissions need. */
  record SlimMember(long userId, long[] roles, long timeoutEnd) implements CachedMember {
    @Override
    public long[] roleIds() {
      return roles.clone();
    }

    @Override
    public Optional<Instant> communicationDisabledUntil() {
      return timeoutEnd == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(timeoutEnd));
    }
  }

  /** Forms that make slim members, count what they made, and keep the standard form of the rest. */
  static final class SlimForms implements CachedForms {
    final List<String> made = new ArrayList<>();

    @Override
    public CachedMember member(Member member, long userId) {
      made.add("member " + userId);
      return new SlimMember(
          userId,
          member.roles().stream().mapToLong(Id::value).toArray(),
          member.communicationDisabledUntil().map(Instant::toEpochMilli).orElse(0L));
    }

    @Override
    public CachedMember member(GuildMemberUpdate update, CachedMember previous) {
      made.add("update " + update.user().id().value() + " after " + previous);
      return new SlimMember(
          update.user().id().value(),
          update.roles().stream().mapToLong(Id::value).toArray(),
          update.communicationDisabledUntil().map(Instant::toEpochMilli).orElse(0L));
    }
  }

  @Test
  void theProgramsFormsAreStoredAndPermissionsUseThem() {
    SlimForms forms = new SlimForms();
    Clock now = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    InMemoryCache cache = feed.fresh(InMemoryCache.builder().forms(forms).clock(now));
    GuildParts parts = new GuildParts(GUILD, 1, Permissions.VIEW_CHANNEL.bits());
    parts.roles += "," + role(GUILD + 1, "Kick", Permissions.KICK_MEMBERS.bits(), 1);
    parts.members =
        member(1, "owner") + "," + timedOutMember(2, "muted", "2030-01-01T00:00:00Z", GUILD + 1);
    feed.send("GUILD_CREATE", guild(parts));

    assertThat(forms.made).containsExactly("member 1", "member 2");
    assertThat(cache.member(Id.of(GUILD), Id.of(2)).orElseThrow()).isInstanceOf(SlimMember.class);
    assertThat(cache.role(Id.of(GUILD), Id.of(GUILD + 1)).orElseThrow())
        .as("roles keep the standard form")
        .isInstanceOf(CachedRole.Standard.class);
    assertThat(cache.permissions().root(Id.of(2), Id.of(GUILD)).contains(Permissions.KICK_MEMBERS))
        .as("timed out")
        .isFalse();

    feed.send(
        "GUILD_MEMBER_UPDATE",
        """
        {"guild_id":"%d","roles":%s,"user":%s,"joined_at":"%s","communication_disabled_until":null}\
        """
            .formatted(GUILD, ids(GUILD + 1), user(2, "muted"), TIME));
    assertThat(forms.made.get(2)).startsWith("update 2 after SlimMember[");
    assertThat(cache.permissions().root(Id.of(2), Id.of(GUILD)).contains(Permissions.KICK_MEMBERS))
        .as("the timeout was lifted")
        .isTrue();
  }
}
