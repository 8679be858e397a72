package dev.gloam.examples.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.cache.inmemory.InMemoryCache;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.examples.cache.CachedBot.SlimMember;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cached bot end to end: its answers come from a cache that holds only its slim members. */
class CachedBotTest {

  @Test
  @Timeout(120)
  void answersFromACacheThatKeepsMembersInTheSlimForm() {
    InMemoryCache cache = CachedBot.newCache();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<RecordedMessage> answers =
        CachedBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8), cache);
    String transcript = buffer.toString(StandardCharsets.UTF_8);

    assertThat(answers)
        .extracting(RecordedMessage::content)
        .containsExactly(
            // The owner, with no role yet: owners may do anything.
            "0 roles; may manage messages here: yes",
            // After GUILD_MEMBER_UPDATE gave the owner a role.
            "1 role; may manage messages here: yes",
            // The testkit's first guild (one channel, @everyone and the bot's role, the owner and
            // the bot) and the demo's (one channel, two more roles, three more members).
            "cached: 2 guilds, 2 channels, 6 roles, 7 members, 5 users");
    assertThat(transcript)
        .contains(
            "alice: 1 role; may manage messages here: yes",
            "bob: 1 role; may manage messages here: no",
            "carol: 1 role; may manage messages here: no (timed out)",
            "The cache holds 5 members of the guild, 5 as SlimMember.");

    // Every member, from GUILD_CREATE, chunks, messages and updates alike, is in the bot's form.
    List<CachedMember> members =
        cache.guilds().stream().flatMap(g -> cache.members(Id.of(g.id())).stream()).toList();
    assertThat(members).hasSize(7).allSatisfy(m -> assertThat(m).isInstanceOf(SlimMember.class));
    assertThat(members)
        .map(SlimMember.class::cast)
        .filteredOn(m -> m.timeoutUntilMillis() != 0)
        .singleElement()
        .satisfies(carol -> assertThat(carol.roles()).hasSize(1));
    // Resource types the bot did not ask for are not kept.
    assertThat(cache.stats().messages()).isZero();
    assertThat(cache.stats().presences()).isZero();
  }

  @Test
  void saysWhatTheCacheIsMissingInsteadOfGuessing() {
    assertThat(CachedBot.whoami(CachedBot.newCache(), Id.of(1), Id.of(2), Id.of(3)))
        .isEqualTo("I cannot tell yet: guild channel 3 is not cached");
  }
}
