package dev.gloam.http.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.voice.VoiceState;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.WireEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Voice states: read after joining over the gateway, and changes sent with their fields. */
class VoiceRequestsTest extends AgainstOfflineDiscord {
  static Id<GuildMarker> guild() {
    return Id.of(discord.guildId());
  }

  @Test
  void theBotsVoiceStateFollowsTheChannelItJoined() throws Exception {
    assertThatThrownBy(() -> client.currentUserVoiceState(guild()).send())
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(404));
    long stage = discord.addChannel(discord.guildId(), "Town hall", GuildChannelType.STAGE);
    try (VoiceGateway gateway = VoiceGateway.connect(discord.gatewayUrl(), discord.botToken())) {
      gateway.join(discord.guildId(), stage);
      VoiceState state = client.currentUserVoiceState(guild()).send().model();
      assertThat(state.channelId()).contains(Id.of(stage));
      assertThat(state.userId().value()).isEqualTo(discord.botUserId());
      assertThat(client.userVoiceState(guild(), Id.of(discord.botUserId())).send().model())
          .isEqualTo(state);
    }
  }

  @Test
  void aVoiceStateChangeSendsItsFields() {
    Id<ChannelMarker> stage =
        Id.of(discord.addChannel(discord.guildId(), "Stage", GuildChannelType.STAGE));
    Instant raised = Instant.parse("2030-05-01T12:00:00Z");
    client
        .updateCurrentUserVoiceState(guild())
        .channelId(stage)
        .suppress(false)
        .requestToSpeakTimestamp(raised)
        .send();
    JsonNode own = lastPatch("/guilds/" + guild() + "/voice-states/@me");
    assertThat(own.path("channel_id").asString()).isEqualTo(stage.toString());
    assertThat(own.path("suppress").asBoolean()).isFalse();
    assertThat(Instant.parse(own.path("request_to_speak_timestamp").asString())).isEqualTo(raised);

    client.updateCurrentUserVoiceState(guild()).requestToSpeakTimestamp(null).send();
    assertThat(lastPatch("/guilds/" + guild() + "/voice-states/@me").toString())
        .isEqualTo("{\"request_to_speak_timestamp\":null}");

    client
        .updateUserVoiceState(guild(), Id.of(discord.humanUserId()))
        .channelId(stage)
        .suppress(true)
        .send();
    JsonNode other = lastPatch("/guilds/" + guild() + "/voice-states/" + discord.humanUserId());
    assertThat(other.path("suppress").asBoolean()).isTrue();
    assertThat(other.has("request_to_speak_timestamp")).isFalse();
  }

  @Test
  void voiceRegionsAreRead() {
    assertThat(client.voiceRegions().send().model()).isNotNull();
    assertThat(client.guildVoiceRegions(guild()).send().model()).isNotNull();
  }

  // The wire log shows the path as sent, under the API's version prefix.
  static JsonNode lastPatch(String path) {
    List<WireEvent> log = discord.wireLog();
    for (int i = log.size() - 1; i >= 0; i--) {
      WireEvent event = log.get(i);
      if (event.direction() == WireEvent.Direction.TO_DISCORD
          && event.summary().startsWith("PATCH ")
          && event.summary().endsWith(path)) {
        return ModelJson.mapper().readTree(event.body());
      }
    }
    throw new AssertionError("no PATCH " + path);
  }
}
