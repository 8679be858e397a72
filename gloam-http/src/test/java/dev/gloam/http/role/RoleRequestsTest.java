package dev.gloam.http.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Roles against the offline Discord. */
class RoleRequestsTest {
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
  void aModifiedRoleIsReadBack() {
    Role role = client.createGuildRole(guildId).name("Readers").send().model();
    client
        .updateGuildRole(guildId, role.id())
        .name("Writers")
        .colors(new RoleColors(0x2ECC71, Optional.empty(), Optional.empty()))
        .hoist(true)
        .mentionable(true)
        .permissions(Permissions.of(1L << 11))
        .reason("promotion")
        .send();
    Role read = client.guildRole(guildId, role.id()).send().model();
    assertThat(read.name()).isEqualTo("Writers");
    assertThat(read.colors().primaryColor()).isEqualTo(0x2ECC71);
    assertThat(read.hoist()).isTrue();
    assertThat(read.mentionable()).isTrue();
    assertThat(read.permissions()).isEqualTo(Permissions.of(1L << 11));
  }

  @Test
  void positionsMoveRolesAndMemberCountsFollowTheMembers() {
    Role low = client.createGuildRole(guildId).name("Low").send().model();
    Role high = client.createGuildRole(guildId).name("High").send().model();
    int lowAt = position(client.guildRoles(guildId).send().model(), low);
    int highAt = position(client.guildRoles(guildId).send().model(), high);
    assertThat(lowAt).isNotEqualTo(highAt);
    List<Role> moved =
        client
            .updateGuildRolePositions(guildId)
            .id(low.id())
            .position(highAt)
            .id(high.id())
            .position(lowAt)
            .reason("swap")
            .send()
            .model();
    int lowNow = position(moved, low);
    int highNow = position(moved, high);
    assertThat(lowNow).isEqualTo(highAt);
    assertThat(highNow).isEqualTo(lowAt);

    client.addGuildMemberRole(guildId, Id.of(discord.humanUserId()), low.id()).send();
    assertThat(client.guildRoleMemberCounts(guildId).send().model())
        .containsEntry(low.id(), 1)
        .containsEntry(high.id(), 0);
    client.deleteGuildRole(guildId, high.id()).send();
    assertThat(client.guildRoles(guildId).send().model())
        .extracting(Role::id)
        .contains(low.id())
        .doesNotContain(high.id());
  }

  private static int position(List<Role> roles, Role role) {
    return roles.stream()
        .filter(candidate -> candidate.id().equals(role.id()))
        .findFirst()
        .orElseThrow()
        .position();
  }

  @Test
  void invalidFieldsNameTheFieldAndNothingIsSent() {
    int before = discord.wireLog().size();
    assertThatThrownBy(() -> client.createGuildRole(guildId).name("r".repeat(101)).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError())
                    .hasValueSatisfying(
                        v -> {
                          assertThat(v.field()).isEqualTo("name");
                          assertThat(v.rule()).isEqualTo(Rule.TOO_LONG);
                        }));
    assertThatThrownBy(
            () ->
                client
                    .createGuildRole(guildId)
                    .colors(new RoleColors(0x1000000, Optional.empty(), Optional.empty()))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError())
                    .hasValueSatisfying(
                        v -> assertThat(v.field()).isEqualTo("colors.primary_color")));
    assertThat(discord.wireLog()).hasSize(before);
  }
}
