package dev.gloam.http.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.ratelimiting.Endpoint;
import dev.gloam.http.routing.MajorParameter;
import dev.gloam.http.routing.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths, endpoints and descriptions of {@link ApiRequest}, without a network. */
class ApiRequestTest {
  @Test
  void fillsAndEncodesPathSegments() {
    ApiRequest request =
        ApiRequest.of(Route.ADD_MY_MESSAGE_REACTION, List.of("1", "2", "\uD83D\uDC4D"));
    assertThat(request.path()).isEqualTo("/channels/1/messages/2/reactions/%F0%9F%91%8D/@me");
    ApiRequest custom = ApiRequest.of(Route.ADD_MY_MESSAGE_REACTION, List.of("1", "2", "blob:42"));
    assertThat(custom.path()).isEqualTo("/channels/1/messages/2/reactions/blob:42/@me");
    assertThat(ApiRequest.encodeSegment("a b/c?d")).isEqualTo("a%20b%2Fc%3Fd");
  }

  @Test
  void theMajorParameterSeparatesBucketsAndTokensBecomeHashes() {
    Endpoint channel = ApiRequest.of(Route.CREATE_MESSAGE, List.of("123")).endpoint();
    assertThat(channel)
        .isEqualTo(new Endpoint("POST /channels/{channel_id}/messages", "123", true, true));

    ApiRequest webhook = ApiRequest.of(Route.EXECUTE_WEBHOOK, List.of("77", "very-secret"));
    Endpoint endpoint = webhook.endpoint();
    assertThat(endpoint.majorParameter()).startsWith("77/").doesNotContain("very-secret");
    assertThat(endpoint.authenticated()).isFalse();
    assertThat(endpoint.globallyLimited()).isTrue();
    assertThat(webhook.toString())
        .isEqualTo("POST /webhooks/77/<token>")
        .doesNotContain("very-secret");
    assertThat(webhook.path()).isEqualTo("/webhooks/77/very-secret");
    assertThat(webhook.tokenInPath()).isTrue();

    ApiRequest other = ApiRequest.of(Route.EXECUTE_WEBHOOK, List.of("77", "other-secret"));
    assertThat(other.endpoint().majorParameter()).isNotEqualTo(endpoint.majorParameter());

    assertThat(ApiRequest.of(Route.GET_MY_USER, List.of()).endpoint().majorParameter()).isEmpty();
  }

  @Test
  void interactionRequestsAreExemptFromTheGlobalLimit() {
    ApiRequest base =
        ApiRequest.of(Route.CREATE_INTERACTION_RESPONSE, List.of("5", "interaction-secret"));
    ApiRequest interaction =
        new ApiRequest(
            base.method(),
            base.template(),
            base.majorParameter(),
            base.pathValues(),
            "with_response=true",
            base.auditLogReason(),
            base.headers(),
            base.body(),
            true,
            base.timeout());
    assertThat(interaction.endpoint().globallyLimited()).isFalse();
    assertThat(interaction.majorParameter()).isEqualTo(MajorParameter.INTERACTION);
    assertThat(interaction.path())
        .isEqualTo("/interactions/5/interaction-secret/callback?with_response=true");
    assertThat(interaction.toString()).doesNotContain("interaction-secret");
  }

  @Test
  void rejectsAWrongNumberOfValues() {
    assertThatThrownBy(() -> ApiRequest.of(Route.CREATE_MESSAGE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 placeholders, got 0");
  }
}
