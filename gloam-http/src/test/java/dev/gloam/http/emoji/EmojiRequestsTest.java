package dev.gloam.http.emoji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.request.DataUri;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.testkit.WireEvent;
import dev.gloam.validate.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Emoji requests against the offline Discord: what is created can be read back and changed. */
class EmojiRequestsTest extends AgainstOfflineDiscord {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Id<GuildMarker> guild() {
    return Id.of(discord.guildId());
  }

  @Test
  void aCreatedEmojiCanBeReadBackWithItsRoles() {
    Id<RoleMarker> role = Id.of(discord.addRole(discord.guildId(), "Supporters", 0));
    Emoji created =
        client
            .createGuildEmoji(guild(), "supporter", DataUri.png(PNG))
            .roles(List.of(role))
            .send()
            .model();
    Emoji read = client.guildEmoji(guild(), created.id().orElseThrow()).send().model();
    assertThat(read.name()).contains("supporter");
    assertThat(read.roles()).contains(List.of(role));
    assertThat(client.guildEmojis(guild()).send().model()).contains(read);
  }

  @Test
  void nullRolesClearTheRestriction() {
    Id<RoleMarker> role = Id.of(discord.addRole(discord.guildId(), "Mods", 0));
    Emoji created =
        client
            .createGuildEmoji(guild(), "mods_only", DataUri.png(PNG))
            .roles(List.of(role))
            .send()
            .model();
    Emoji updated =
        client.updateGuildEmoji(guild(), created.id().orElseThrow()).roles(null).send().model();
    assertThat(updated.roles().orElse(List.of())).isEmpty();
    assertThat(lastRequestBody()).contains("\"roles\":null");
  }

  @Test
  void theAuditLogReasonArrives() {
    Emoji created =
        client
            .createGuildEmoji(guild(), "reasoned", DataUri.png(PNG))
            .reason("a new look")
            .send()
            .model();
    JsonNode log =
        client
            .raw("GET", "/guilds/" + guild() + "/audit-logs")
            .query("action_type", 60)
            .send()
            .model();
    assertThat(log.path("audit_log_entries").values())
        .anySatisfy(
            entry -> {
              assertThat(entry.path("target_id").asString())
                  .isEqualTo(created.id().orElseThrow().toString());
              assertThat(entry.path("reason").asString()).isEqualTo("a new look");
            });
  }

  @Test
  void anApplicationEmojiIsRenamed() {
    var applicationId = Id.<dev.gloam.model.id.marker.ApplicationMarker>of(discord.applicationId());
    Emoji created =
        client.createApplicationEmoji(applicationId, "app_one", DataUri.gif(PNG)).send().model();
    client.updateApplicationEmoji(applicationId, created.id().orElseThrow()).name("app_two").send();
    assertThat(client.applicationEmoji(applicationId, created.id().orElseThrow()).send().model())
        .satisfies(e -> assertThat(e.name()).contains("app_two"));
  }

  @Test
  void aBadNameOrALargeImageIsRefusedBeforeSending() {
    int before = discord.wireLog().size();
    assertThatThrownBy(() -> client.createGuildEmoji(guild(), "bad-name", DataUri.png(PNG)).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              assertThat(e.validationError().map(ValidationException::field)).contains("name");
            });
    byte[] large = new byte[256 * 1024 + 1];
    assertThatThrownBy(() -> client.createGuildEmoji(guild(), "large", DataUri.png(large)).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::rule))
                    .contains(ValidationException.Rule.OUT_OF_RANGE));
    assertThat(discord.wireLog()).hasSize(before);
  }

  static String lastRequestBody() {
    List<WireEvent> log = discord.wireLog();
    for (int i = log.size() - 1; i >= 0; i--) {
      WireEvent event = log.get(i);
      if (event.transport() == WireEvent.Transport.REST
          && event.direction() == WireEvent.Direction.TO_DISCORD) {
        return event.body();
      }
    }
    throw new AssertionError("no request was sent");
  }
}
