package dev.gloam.model.voice;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceTest {
  @Test
  void voiceStateWithMember() {
    VoiceState state = roundTrip(payload("voice_state.json"), VoiceState.class);
    assertThat(state.guildId()).contains(Id.parse("41771983423143937"));
    assertThat(state.channelId()).contains(Id.parse("157733188964188161"));
    assertThat(Long.toUnsignedString(state.userId().value())).isEqualTo("18446744073709551615");
    assertThat(state.member().orElseThrow().user().orElseThrow().id()).isEqualTo(state.userId());
    assertThat(state.sessionId()).isEqualTo("90326bd25d71d39b9ef95b299e3872ff");
    assertThat(state.selfMute()).isTrue();
    assertThat(state.selfDeaf()).isFalse();
    assertThat(state.selfStream()).contains(true);
    assertThat(state.suppress()).isTrue();
    assertThat(state.requestToSpeakTimestamp())
        .contains(Instant.parse("2021-03-31T18:45:31.297561Z"));
  }

  @Test
  void voiceStateAfterLeavingHasNoChannel() {
    String json =
        "{\"channel_id\":null,\"user_id\":\"80351110224678912\",\"session_id\":\"abc\","
            + "\"deaf\":true,\"mute\":true,\"self_deaf\":true,\"self_mute\":true,"
            + "\"self_video\":false,\"suppress\":false,\"request_to_speak_timestamp\":null}";
    VoiceState state = roundTrip(json, VoiceState.class);
    assertThat(state.guildId()).isEmpty();
    assertThat(state.channelId()).isEmpty();
    assertThat(state.member()).isEmpty();
    assertThat(state.selfStream()).isEmpty();
    assertThat(ModelJson.write(state)).isEqualTo(json);
  }

  @Test
  void voiceRegions() {
    String json =
        "[{\"id\":\"rotterdam\",\"name\":\"Rotterdam\",\"optimal\":true,\"deprecated\":false,"
            + "\"custom\":false},{\"id\":\"us-south\",\"name\":\"US South\",\"optimal\":false,"
            + "\"deprecated\":true,\"custom\":false,\"x_new\":1}]";
    List<VoiceRegion> regions = List.of(ModelJson.read(json, VoiceRegion[].class));
    assertThat(regions)
        .containsExactly(
            new VoiceRegion("rotterdam", "Rotterdam", true, false, false),
            new VoiceRegion("us-south", "US South", false, true, false));
    assertThat(written(regions.get(1)).has("x_new")).isFalse();
  }
}
