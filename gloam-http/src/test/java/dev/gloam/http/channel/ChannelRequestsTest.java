package dev.gloam.http.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.WireEvent;
import dev.gloam.validate.ValidationException;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Channel requests change what the offline Discord holds, and check their limits before sending.
 */
class ChannelRequestsTest extends AgainstOfflineDiscord {
  static Id<ChannelMarker> newChannel(String name, GuildChannelType type) {
    return Id.of(discord.addChannel(discord.guildId(), name, type));
  }

  @Test
  void aChangedChannelReadsBackWithTheNewValues() {
    Id<ChannelMarker> id = newChannel("before", GuildChannelType.TEXT);
    client.updateChannel(id).name("after").topic("rules first").rateLimitPerUser(30).send();

    Channel read = client.channel(id).send().model();
    assertThat(read.name()).contains("after");
    assertThat(read.topic()).contains("rules first");
    assertThat(read.rateLimitPerUser()).contains(30);
  }

  @Test
  void patchNullClearsTheTopic() {
    Id<ChannelMarker> id = newChannel("topical", GuildChannelType.TEXT);
    client.updateChannel(id).topic("temporary").send();
    assertThat(client.channel(id).send().model().topic()).contains("temporary");

    Channel cleared = client.updateChannel(id).topic(null).send().model();

    assertThat(cleared.topic().filter(t -> !t.isEmpty())).isEmpty();
    assertThat(client.channel(id).send().model().topic().filter(t -> !t.isEmpty())).isEmpty();
  }

  @Test
  void anOverwriteChangesWhatTheBotMayDoAndDeletingItRestoresIt() {
    Id<ChannelMarker> id = newChannel("guarded", GuildChannelType.TEXT);
    client
        .updatePermissionOverwrite(id, Id.of(discord.botUserId()), PermissionOverwriteType.MEMBER)
        .deny(Permissions.SEND_MESSAGES)
        .send();

    assertThatThrownBy(() -> client.createMessage(id).content("blocked").send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.error().orElseThrow().code()).isEqualTo(50013);
            });

    client.deletePermissionOverwrite(id, Id.of(discord.botUserId())).send();
    assertThat(client.createMessage(id).content("allowed again").send().status()).isEqualTo(200);
  }

  @Test
  void theAuditLogReasonArrivesInTheGuildsAuditLog() {
    Id<ChannelMarker> id = newChannel("audited", GuildChannelType.TEXT);
    client.updateChannel(id).name("audited-renamed").reason("tidying up the list").send();

    JsonNode log = client.raw("GET", "/guilds/" + discord.guildId() + "/audit-logs").send().model();

    assertThat(StreamSupport.stream(log.get("audit_log_entries").spliterator(), false))
        .anySatisfy(
            entry -> {
              assertThat(entry.path("target_id").asString()).isEqualTo(id.toString());
              assertThat(entry.path("reason").asString()).isEqualTo("tidying up the list");
            });
  }

  @Test
  void aTooLongTopicFailsWithTheFieldAndNothingIsSent() {
    Id<ChannelMarker> id = newChannel("strict", GuildChannelType.TEXT);
    int before = restRequests();

    assertThatThrownBy(
            () ->
                client
                    .updateChannel(id)
                    .checkedAs(ChannelType.GUILD_TEXT)
                    .topic("x".repeat(1025))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              ValidationException cause = e.validationError().orElseThrow();
              assertThat(cause.field()).isEqualTo("topic");
              assertThat(cause.limit()).isEqualTo("1024");
            });
    assertThat(restRequests()).isEqualTo(before);
    // A forum takes longer topics; without a type the wider limit applies.
    assertThat(client.updateChannel(id).topic("x".repeat(1025)).toApiRequest()).isNotNull();
  }

  @Test
  void theVoiceStatusIsLimitedTo500Characters() {
    Id<ChannelMarker> id = newChannel("voice", GuildChannelType.VOICE);
    assertThatThrownBy(() -> client.updateVoiceChannelStatus(id).status("y".repeat(501)).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.validationError().orElseThrow().field()).isEqualTo("status"));
  }

  private static int restRequests() {
    return (int)
        discord.wireLog().stream()
            .filter(e -> e.transport() == WireEvent.Transport.REST)
            .filter(e -> e.direction() == WireEvent.Direction.TO_DISCORD)
            .count();
  }
}
