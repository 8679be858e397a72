package dev.gloam.testkit.internal.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathParametersTest {

  static Map<String, String> path(String... namesAndValues) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return parameters;
  }

  @Test
  void channelsGuildsAndWebhooksAreMajorWhateverTheirPlaceholderIsCalled() {
    assertThat(PathParameters.majorParameter(path("channel.id", "1", "message.id", "2")))
        .isEqualTo("channelid=1");
    assertThat(PathParameters.majorParameter(path("guild_id", "5", "user_id", "6")))
        .isEqualTo("guildid=5");
    assertThat(PathParameters.majorParameter(path("webhook.id", "7"))).isEqualTo("webhookid=7");
    assertThat(PathParameters.majorParameter(path("application_id", "8", "command_id", "9")))
        .isEmpty();
    assertThat(PathParameters.majorParameter(path())).isEmpty();
  }

  @Test
  void tokensSeparateCountersButNeverAppearInTheKey() {
    String first =
        PathParameters.majorParameter(path("webhook_id", "7", "webhook_token", "s3cr3t"));
    String second =
        PathParameters.majorParameter(path("webhook_id", "7", "webhook_token", "other"));
    String interaction =
        PathParameters.majorParameter(path("interaction.id", "3", "interaction.token", "s3cr3t"));
    assertThat(first).startsWith("webhookid=7/").doesNotContain("s3cr3t");
    assertThat(second).isNotEqualTo(first);
    assertThat(interaction).startsWith("interactionid=3/").doesNotContain("s3cr3t");
    assertThat(PathParameters.majorParameter(path("application.id", "8", "interaction.token", "t")))
        .startsWith("applicationid=8/");
  }

  @Test
  void interactionEndpointsAreRecognized() {
    long app = 8;
    assertThat(
            PathParameters.isInteractionEndpoint(
                path("interaction_id", "3", "interaction_token", "t"), app))
        .isTrue();
    assertThat(
            PathParameters.isInteractionEndpoint(
                path("webhook_id", "8", "webhook_token", "t"), app))
        .isTrue();
    assertThat(
            PathParameters.isInteractionEndpoint(
                path("application.id", "8", "interaction.token", "t"), app))
        .isTrue();
    assertThat(
            PathParameters.isInteractionEndpoint(
                path("webhook_id", "9", "webhook_token", "t"), app))
        .isFalse();
    assertThat(PathParameters.isInteractionEndpoint(path("webhook_id", "8"), app)).isFalse();
    assertThat(PathParameters.isInteractionEndpoint(path("channel.id", "8"), app)).isFalse();
  }
}
