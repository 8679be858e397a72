package dev.gloam.http.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.guild.Ban;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.validate.ValidationException.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members and bans against the offline Discord. */
class MemberRequestsTest {
  private OfflineDiscord discord;
  private Client client;
  private Id<GuildMarker> guildId;
  private Id<UserMarker> human;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
    client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
    guildId = Id.of(discord.guildId());
    human = Id.of(discord.humanUserId());
  }

  @AfterEach
  void stop() {
    client.close();
    discord.close();
  }

  @Test
  void aModifiedMemberIsReadBackAndNullClearsNickAndTimeout() {
    // The human of the default world owns the guild, and owners cannot be timed out.
    Id<UserMarker> human = Id.of(discord.addMember(discord.guildId(), "sunny"));
    Instant until = Instant.now().plus(Duration.ofHours(1));
    client
        .updateGuildMember(guildId, human)
        .nick("Sunny")
        .communicationDisabledUntil(until)
        .reason("cool off")
        .send();
    Member read = client.guildMember(guildId, human).send().model();
    assertThat(read.nick()).contains("Sunny");
    assertThat(read.communicationDisabledUntil()).isPresent();
    assertThat(read.communicationDisabledUntil().get().getEpochSecond())
        .isEqualTo(until.getEpochSecond());
    assertThat(read.isTimedOut(Instant.now())).isTrue();

    client.updateGuildMember(guildId, human).nick(null).communicationDisabledUntil(null).send();
    Member cleared = client.guildMember(guildId, human).send().model();
    assertThat(cleared.nick()).isEmpty();
    assertThat(cleared.communicationDisabledUntil()).isEmpty();
  }

  @Test
  void aBannedMemberIsListedAsBannedAndIsGone() {
    long troll = discord.addMember(discord.guildId(), "troll");
    Id<UserMarker> trollId = Id.of(troll);
    assertThat(client.guildMember(guildId, trollId).send().model().user()).isPresent();

    client.createGuildBan(guildId, trollId).deleteMessageSeconds(604_800).reason("spam").send();

    List<Ban> bans = client.guildBans(guildId).send().model();
    assertThat(bans)
        .singleElement()
        .satisfies(
            ban -> {
              assertThat(ban.user().id()).isEqualTo(trollId);
              assertThat(ban.reason()).contains("spam");
            });
    assertThat(client.guildMembers(guildId).limit(1000).send().model())
        .extracting(member -> member.user().orElseThrow().id())
        .doesNotContain(trollId);
    assertThatThrownBy(() -> client.guildMember(guildId, trollId).send())
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(404));

    client.deleteGuildBan(guildId, trollId).send();
    assertThat(client.guildBans(guildId).send().model()).isEmpty();
  }

  @Test
  void banPagesFollowBeforeAndAfter() {
    long[] users = discord.addMembers(discord.guildId(), 3);
    List<Id<UserMarker>> ids = List.of(Id.of(users[0]), Id.of(users[1]), Id.of(users[2]));
    assertThat(client.createGuildBulkBan(guildId, ids).send().model().bannedUsers())
        .containsExactlyInAnyOrderElementsOf(ids);
    List<Id<UserMarker>> sorted = ids.stream().sorted().toList();
    assertThat(client.guildBans(guildId).after(sorted.get(0)).limit(1).send().model())
        .extracting(ban -> ban.user().id())
        .containsExactly(sorted.get(1));
    assertThat(client.guildBans(guildId).before(sorted.get(2)).send().model())
        .extracting(ban -> ban.user().id())
        .containsExactly(sorted.get(0), sorted.get(1));
  }

  @Test
  void membersArePagedAndSearched() {
    long[] users = discord.addMembers(discord.guildId(), 3);
    List<Member> first = client.guildMembers(guildId).limit(2).send().model();
    assertThat(first).hasSize(2);
    Id<UserMarker> last = first.get(1).user().orElseThrow().id();
    List<Member> next = client.guildMembers(guildId).limit(1000).after(last).send().model();
    assertThat(next)
        .allSatisfy(member -> assertThat(member.user().orElseThrow().id()).isGreaterThan(last));
    assertThat(client.searchGuildMembers(guildId, "member").limit(1000).send().model())
        .extracting(member -> member.user().orElseThrow().id())
        .contains(Id.of(users[0]), Id.of(users[1]), Id.of(users[2]));
  }

  @Test
  void invalidFieldsNameTheFieldAndNothingIsSent() {
    int before = discord.wireLog().size();
    assertValidation(
        () -> client.updateGuildMember(guildId, human).nick("n".repeat(33)).send(),
        "nick",
        Rule.TOO_LONG);
    assertValidation(
        () -> client.updateGuildMember(guildId, human).timeout(Duration.ofDays(29)).send(),
        "communication_disabled_until",
        Rule.OUT_OF_RANGE);
    assertValidation(() -> client.searchGuildMembers(guildId, null).send(), "query", Rule.MISSING);
    assertValidation(
        () -> client.guildMembers(guildId).limit(1001).send(), "limit", Rule.OUT_OF_RANGE);
    assertValidation(() -> client.guildBans(guildId).limit(0).send(), "limit", Rule.OUT_OF_RANGE);
    assertValidation(
        () -> client.createGuildBan(guildId, human).deleteMessageSeconds(604_801).send(),
        "delete_message_seconds",
        Rule.OUT_OF_RANGE);
    assertValidation(
        () -> client.createGuildBulkBan(guildId, List.of()).send(), "user_ids", Rule.TOO_FEW);
    assertValidation(
        () -> client.addGuildMember(guildId, human, "").send(), "access_token", Rule.TOO_SHORT);
    assertThat(discord.wireLog()).hasSize(before);
  }

  private static void assertValidation(Runnable send, String field, Rule rule) {
    assertThatThrownBy(send::run)
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              assertThat(e.validationError())
                  .hasValueSatisfying(
                      v -> {
                        assertThat(v.field()).isEqualTo(field);
                        assertThat(v.rule()).isEqualTo(rule);
                      });
            });
  }
}
