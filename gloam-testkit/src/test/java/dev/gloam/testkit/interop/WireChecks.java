package dev.gloam.testkit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.WireEvent;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on what a real client sent and received, read from the testkit's wire log. */
final class WireChecks {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WireChecks() {}

  /**
   * Asserts that the testkit answered every REST request of the client with a 2xx status, so the
   * client never had to work around a route the testkit lacks.
   */
  static void everyRestCallSucceeded(OfflineDiscord discord) {
    List<String> answers =
        discord.wireLog().stream()
            .filter(e -> e.transport() == Transport.REST && e.direction() == Direction.FROM_DISCORD)
            .map(WireEvent::summary)
            .toList();
    assertThat(answers).isNotEmpty().allSatisfy(summary -> assertThat(summary).startsWith("2"));
  }

  /** Returns the {@code d} of the one IDENTIFY the client sent, with the token redacted. */
  static JsonNode identify(OfflineDiscord discord) {
    List<JsonNode> identifies =
        discord.wireLog().stream()
            .filter(
                e -> e.transport() == Transport.GATEWAY && e.direction() == Direction.TO_DISCORD)
            .map(e -> e.body().isEmpty() ? JSON.missingNode() : JSON.readTree(e.body()))
            .filter(payload -> payload.path("op").asInt(-1) == 2)
            .map(payload -> payload.path("d"))
            .toList();
    assertThat(identifies).hasSize(1);
    return identifies.get(0);
  }

  /** Returns the dispatch types the testkit sent, in order. */
  static List<String> dispatchTypes(OfflineDiscord discord) {
    return discord.wireLog().stream()
        .filter(e -> e.transport() == Transport.GATEWAY && e.direction() == Direction.FROM_DISCORD)
        .filter(e -> !e.body().isEmpty())
        .map(e -> JSON.readTree(e.body()))
        .filter(payload -> payload.path("op").asInt(-1) == 0)
        .map(payload -> payload.path("t").asString())
        .toList();
  }
}
