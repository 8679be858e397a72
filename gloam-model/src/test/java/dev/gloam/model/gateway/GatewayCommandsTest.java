package dev.gloam.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.gateway.command.RequestChannelInfo;
import dev.gloam.model.gateway.command.RequestGuildMembers;
import dev.gloam.model.gateway.command.RequestSoundboardSounds;
import dev.gloam.model.gateway.command.Resume;
import dev.gloam.model.gateway.command.UpdatePresence;
import dev.gloam.model.gateway.command.UpdateVoiceState;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.PresenceUpdate;
import dev.gloam.model.gateway.event.RateLimited;
import dev.gloam.model.gateway.presence.Activity;
import dev.gloam.model.gateway.presence.ActivityFlags;
import dev.gloam.model.gateway.presence.ActivityType;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Send commands are written as Discord's docs show them; presence events are read in full. */
class GatewayCommandsTest {
  static JsonNode written(dev.gloam.model.gateway.command.GatewayCommand command) {
    return ModelJson.mapper().readTree(ModelJson.writeCommand(command));
  }

  @Test
  void resumeIsOpcode6AndHidesTheToken() {
    Resume resume = new Resume("secret-token", "session-1", 1337);
    JsonNode json = written(resume);
    assertThat(json.get("op").asInt()).isEqualTo(6);
    assertThat(json.get("d").toString())
        .isEqualTo("{\"token\":\"secret-token\",\"session_id\":\"session-1\",\"seq\":1337}");
    assertThat(resume.toString()).doesNotContain("secret-token");
  }

  @Test
  void requestGuildMembersWritesOnlyWhatIsSetAndChecksDiscordsRules() {
    JsonNode byQuery = written(RequestGuildMembers.byQuery(Id.of(41771983444115456L), "", 0));
    assertThat(byQuery.get("op").asInt()).isEqualTo(8);
    assertThat(byQuery.get("d").toString())
        .isEqualTo("{\"guild_id\":\"41771983444115456\",\"query\":\"\",\"limit\":0}");
    JsonNode byIds =
        written(
            RequestGuildMembers.byIds(Id.of(1), List.of(Id.of(2), Id.parse("18446744073709551615")))
                .withPresences()
                .withNonce("n-1"));
    assertThat(byIds.get("d").toString())
        .isEqualTo(
            "{\"guild_id\":\"1\",\"presences\":true,"
                + "\"user_ids\":[\"2\",\"18446744073709551615\"],\"nonce\":\"n-1\"}");
    assertThatThrownBy(
            () ->
                new RequestGuildMembers(
                    Id.of(1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RequestGuildMembers.byQuery(Id.of(1), "a", 1).withNonce("x".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void voicePresenceSoundboardAndChannelInfoCommands() {
    JsonNode leave = written(new UpdateVoiceState(Id.of(1), Optional.empty(), false, true));
    assertThat(leave.get("op").asInt()).isEqualTo(4);
    assertThat(leave.get("d").toString())
        .isEqualTo(
            "{\"guild_id\":\"1\",\"channel_id\":null,\"self_mute\":false,\"self_deaf\":true}");

    JsonNode presence =
        written(
            UpdatePresence.of(Status.DO_NOT_DISTURB, Activity.of(ActivityType.PLAYING, "gloam")));
    assertThat(presence.get("op").asInt()).isEqualTo(3);
    assertThat(presence.get("d").toString())
        .isEqualTo(
            "{\"since\":null,\"activities\":[{\"name\":\"gloam\",\"type\":0}],"
                + "\"status\":\"dnd\",\"afk\":false}");

    assertThat(written(new RequestSoundboardSounds(List.of(Id.of(5)))).toString())
        .isEqualTo("{\"op\":31,\"d\":{\"guild_ids\":[\"5\"]}}");
    assertThat(written(new RequestChannelInfo(Id.of(5), List.of("status"))).toString())
        .isEqualTo("{\"op\":43,\"d\":{\"guild_id\":\"5\",\"fields\":[\"status\"]}}");
  }

  @Test
  void presenceUpdateKeepsUnknownValuesAndReadsLabelOnlyButtons() throws Exception {
    String json =
        Files.readString(
            Path.of(getClass().getResource("/payloads/events/presence_update.json").toURI()));
    PresenceUpdate update =
        (PresenceUpdate) GatewayEventParser.parse(json, EventTypeFlags.all()).orElseThrow();
    var presence = update.presence();
    assertThat(presence.status()).isEqualTo(Status.DO_NOT_DISTURB);
    assertThat(presence.user().username()).isEmpty();
    assertThat(presence.clientStatus().vr().orElseThrow().isKnown()).isFalse();
    Activity game = presence.activities().get(1);
    assertThat(game.buttons().orElseThrow())
        .extracting(b -> b.label())
        .containsExactly("Watch", "Join");
    assertThat(game.flags().orElseThrow().contains(ActivityFlags.JOIN)).isTrue();
    assertThat(game.secrets().orElseThrow().toString()).doesNotContain("025ed05c");
    Activity future = presence.activities().get(2);
    assertThat(future.type().value()).isEqualTo(9);
    assertThat(ModelJson.write(future)).contains("\"type\":9", "\"flags\":1024");
  }

  @Test
  void rateLimitedReadsTheMemberRequestMeta() throws Exception {
    String json =
        Files.readString(
            Path.of(getClass().getResource("/payloads/events/rate_limited.json").toURI()));
    RateLimited limited =
        (RateLimited) GatewayEventParser.parse(json, EventTypeFlags.all()).orElseThrow();
    assertThat(limited.retryAfter()).isEqualTo(27.5);
    assertThat(limited.requestGuildMembers().orElseThrow().nonce()).contains("abc");
  }
}
