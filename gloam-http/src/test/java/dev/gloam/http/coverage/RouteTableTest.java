package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.routing.MajorParameter;
import dev.gloam.http.routing.Route;
import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The route table has exactly the operations of Discord's OpenAPI description, plus List SKUs. */
class RouteTableTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  static Map<String, String> operations() throws IOException {
    try (InputStream in =
        RouteTableTest.class.getResourceAsStream(
            "/dev/gloam/testkit/openapi/discord-openapi.json")) {
      assertThat(in).as("testkit's copy of the OpenAPI description").isNotNull();
      JsonNode spec = ModelJson.mapper().readTree(in.readAllBytes());
      Map<String, String> operations = new TreeMap<>();
      for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
        for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
          if (METHODS.contains(operation.getKey())) {
            operations.put(
                operation.getValue().get("operationId").asString().toUpperCase(Locale.ROOT),
                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
          }
        }
      }
      return operations;
    }
  }

  @Test
  void everyOperationHasARouteWithItsMethodAndPath() throws IOException {
    Map<String, String> expected = operations();
    assertThat(expected).hasSize(242);
    expected.put("LIST_SKUS", "GET /applications/{application_id}/skus");
    Map<String, String> actual =
        Arrays.stream(Route.values())
            .collect(Collectors.toMap(Route::name, Route::key, (a, b) -> a, TreeMap::new));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void majorParametersFollowTheTopLevelResource() {
    for (Route route : Route.values()) {
      String template = route.template();
      MajorParameter expected =
          template.startsWith("/channels/{channel_id}")
              ? MajorParameter.CHANNEL
              : template.startsWith("/guilds/{guild_id}")
                  ? MajorParameter.GUILD
                  : template.startsWith("/webhooks/")
                      ? MajorParameter.WEBHOOK
                      : template.startsWith("/interactions/")
                          ? MajorParameter.INTERACTION
                          : MajorParameter.NONE;
      assertThat(route.majorParameter()).as(route.name()).isEqualTo(expected);
    }
  }
}
