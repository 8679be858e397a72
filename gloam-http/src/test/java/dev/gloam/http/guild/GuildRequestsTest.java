package dev.gloam.http.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.PruneResult;
import dev.gloam.model.guild.auditlog.AuditLog;
import dev.gloam.model.guild.auditlog.AuditLogEntry;
import dev.gloam.model.guild.auditlog.AuditLogEvent;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guild settings, prune and the audit log against the offline Discord. */
class GuildRequestsTest {
  private OfflineDiscord discord;
  private Client client;
  private Id<GuildMarker> guildId;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
    client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
    guildId = Id.of(discord.guildId());
  }

  @AfterEach
  void stop() {
    client.close();
    discord.close();
  }

  @Test
  void modifiedSettingsAreReadBackAndNullClearsTheDescription() {
    client.updateGuild(guildId).name("Night Owls").description("We stay up late").send();
    Guild read = client.guild(guildId).send().model();
    assertThat(read.name()).isEqualTo("Night Owls");
    assertThat(read.description()).contains("We stay up late");

    client.updateGuild(guildId).description(null).send();
    Guild cleared = client.guild(guildId).send().model();
    assertThat(cleared.description()).isEmpty();
    assertThat(cleared.name()).isEqualTo("Night Owls");
  }

  @Test
  void aReasonArrivesInTheAuditLogAndTheFiltersSelectEntries() {
    Id<UserMarker> bot = Id.of(discord.botUserId());
    client.updateGuild(guildId).name("Reasoned").reason("seasonal rename").send();
    long troll = discord.addMember(discord.guildId(), "troll");
    client.createGuildBan(guildId, Id.of(troll)).reason("trolling").send();

    AuditLog renames =
        client.guildAuditLog(guildId).actionType(AuditLogEvent.GUILD_UPDATE).send().model();
    assertThat(renames.auditLogEntries())
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry.actionType()).isEqualTo(AuditLogEvent.GUILD_UPDATE))
        .anySatisfy(entry -> assertThat(entry.reason()).contains("seasonal rename"));

    AuditLog bans =
        client
            .guildAuditLog(guildId)
            .userId(bot)
            .targetId(Id.of(troll))
            .actionType(AuditLogEvent.MEMBER_BAN_ADD)
            .send()
            .model();
    assertThat(bans.auditLogEntries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.reason()).contains("trolling");
              assertThat(entry.userId()).contains(bot);
            });

    List<AuditLogEntry> newest =
        client.guildAuditLog(guildId).limit(1).send().model().auditLogEntries();
    assertThat(newest).hasSize(1);
    AuditLogEntry last = newest.get(0);
    assertThat(last.actionType()).isEqualTo(AuditLogEvent.MEMBER_BAN_ADD);
    List<AuditLogEntry> older =
        client.guildAuditLog(guildId).before(last.id()).send().model().auditLogEntries();
    assertThat(older).isNotEmpty().noneMatch(entry -> entry.id().equals(last.id()));
    List<AuditLogEntry> after =
        client.guildAuditLog(guildId).after(older.get(0).id()).send().model().auditLogEntries();
    assertThat(after).extracting(AuditLogEntry::id).contains(last.id());
  }

  @Test
  void pruneCountMatchesWhatAPruneRemovesAndTheCountCanBeLeftOut() {
    PruneResult count = client.guildPruneCount(guildId).days(1).send().model();
    PruneResult pruned = client.pruneGuild(guildId).days(1).reason("tidy").send().model();
    assertThat(pruned.pruned()).isEqualTo(count.pruned()).isPresent();
    PruneResult quiet = client.pruneGuild(guildId).days(1).computePruneCount(false).send().model();
    assertThat(quiet.pruned()).isEmpty();
    assertThat(
            client
                .guildAuditLog(guildId)
                .actionType(AuditLogEvent.MEMBER_PRUNE)
                .send()
                .model()
                .auditLogEntries())
        .anySatisfy(entry -> assertThat(entry.reason()).contains("tidy"));
  }

  @Test
  void invalidFieldsNameTheFieldAndNothingIsSent() {
    int before = discord.wireLog().size();
    assertValidation(() -> client.updateGuild(guildId).name("x").send(), "name", Rule.TOO_SHORT);
    assertValidation(
        () -> client.guildPruneCount(guildId).days(31).send(), "days", Rule.OUT_OF_RANGE);
    assertValidation(() -> client.pruneGuild(guildId).days(0).send(), "days", Rule.OUT_OF_RANGE);
    assertValidation(
        () -> client.guildAuditLog(guildId).limit(101).send(), "limit", Rule.OUT_OF_RANGE);
    assertValidation(
        () -> client.updateGuild(guildId).afkTimeout(120).send(), "afk_timeout", Rule.NOT_ALLOWED);
    assertValidation(() -> client.createGuildTemplate(guildId, "").send(), "name", Rule.TOO_SHORT);
    assertValidation(
        () -> client.updateGuildTemplate(guildId, "code").description("d".repeat(121)).send(),
        "description",
        Rule.TOO_LONG);
    assertValidation(
        () -> client.updateGuildWelcomeScreen(guildId).description("d".repeat(141)).send(),
        "description",
        Rule.TOO_LONG);
    assertValidation(
        () -> client.updateGuild(guildId).reason("r".repeat(513)).send(),
        "X-Audit-Log-Reason",
        Rule.TOO_LONG);
    assertThat(discord.wireLog()).hasSize(before);
  }

  static void assertValidation(Runnable send, String field, Rule rule) {
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
