package dev.gloam.testkit.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.testkit.internal.gateway.LiveState;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.SchemaValidator.Values;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.rest.routes.StatefulRoutes;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.support.GatewayClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of the vendored description over real HTTP: each answers a minimal valid
 * request with its success status and a body valid under its success schema, and each JSON body
 * with a required field or a length limit is refused like Discord when that rule is broken.
 */
class OpenApiCoverageTest {

  /** What the vendored description holds (discord-api-spec at 74fda0f, "242668"). */
  static final int OPERATIONS_IN_DESCRIPTION = 242;

  /**
   * The stateful routes alone (on a world of their own), to tell their answers from generated ones.
   */
  static final Router STATEFUL = new Router();

  static OfflineDiscord discord;
  static HttpClient http;
  static OpenApi api;
  static SchemaValidator validator;
  static ResponseFaker faker;

  @BeforeAll
  static void start() {
    // This test is about routing and validation; rate limits have their own tests.
    discord = OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
    World statefulWorld =
        new World(Clock.systemUTC(), new SnowflakeGenerator(Clock.systemUTC(), 4, 4));
    StatefulRoutes.register(STATEFUL, statefulWorld, new LiveState(statefulWorld));
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    api = OpenApi.shared();
    validator = new SchemaValidator(api);
    faker =
        new ResponseFaker(api, new SnowflakeGenerator(Clock.systemUTC(), 3, 3), Clock.systemUTC());
    // The guild's widget is off until enabled; Get Guild Widget answers 403 50004 until then.
    HttpResponse<String> widget =
        send("PATCH", "/guilds/" + discord.guildId() + "/widget", "{\"enabled\":true}", "Bot");
    assertThat(widget.statusCode()).as(widget.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    http.close();
    discord.close();
  }

  @Test
  void tableHoldsEveryOperationOfTheFile() throws IOException {
    JsonNode file;
    try (InputStream in = OpenApi.class.getResourceAsStream(OpenApi.RESOURCE)) {
      file = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow();
    }
    int inFile = 0;
    for (JsonNode item : file.path("paths")) {
      for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
        if (item.has(method)) {
          inFile++;
        }
      }
    }
    assertThat(inFile).isEqualTo(OPERATIONS_IN_DESCRIPTION);
    assertThat(api.operations().operations()).hasSize(inFile);
    assertThat(api.operations().operations().stream().map(Operation::operationId).distinct())
        .hasSize(inFile);
  }

  @Test
  void everyOperationAnswersAMinimalValidRequestWithASchemaValidResponse() {
    int walked = 0;
    for (Operation operation : walkingOrder()) {
      ObjectNode body = minimalBody(operation);
      HttpResponse<String> response = send(operation, body);
      String what = operation + " -> " + response.statusCode() + " " + response.body();
      if (response.statusCode() != operation.successStatus()
          && isStatefulRefusal(operation, response)) {
        walked++;
        continue;
      }
      assertThat(response.statusCode()).as(what).isEqualTo(operation.successStatus());
      if (operation.successSchema().isEmpty()) {
        assertThat(response.body()).as(what).isEmpty();
      } else if (operation.successContentType().equals(Operation.JSON)) {
        JsonNode json = Json.parse(response.body()).orElseThrow();
        assertThat(validator.validate(json, operation.successSchema().get(), "", Values.JSON))
            .as(what)
            .isEmpty();
      } else {
        assertThat(response.headers().firstValue("Content-Type"))
            .as(what)
            .hasValue(operation.successContentType());
        assertThat(response.body()).as(what).isNotEmpty();
      }
      walked++;
    }
    assertThat(walked).isEqualTo(OPERATIONS_IN_DESCRIPTION);
  }

  @Test
  void everyJsonBodyWithARequiredFieldOrLengthLimitIsRefusedWhenBroken() {
    int refused = 0;
    for (Operation operation : api.operations().operations()) {
      if (operation.requestBody(Operation.JSON).isEmpty()) {
        continue;
      }
      JsonNode schema = api.resolve(operation.requestBody(Operation.JSON).get());
      if (!schema.has("properties")) {
        continue; // a union or an array of unions at the top: no single field to break
      }
      ObjectNode body = minimalBody(operation);
      String field;
      if (!schema.path("required").isEmpty()) {
        field = schema.path("required").get(0).asString();
        body.remove(field);
      } else {
        field = shortestMaxLengthString(schema);
        if (field == null) {
          continue;
        }
        int max = api.resolve(schema.path("properties").path(field)).path("maxLength").asInt();
        body.put(field, "x".repeat(max + 1));
      }
      HttpResponse<String> response = send(operation, body);
      String what = operation + " without " + field + " -> " + response.body();
      assertThat(response.statusCode()).as(what).isEqualTo(400);
      JsonNode error = Json.parse(response.body()).orElseThrow();
      assertThat(error.path("code").asInt()).as(what).isEqualTo(50035);
      assertThat(error.path("message").asString()).as(what).isEqualTo("Invalid Form Body");
      JsonNode fieldErrors = error.path("errors").path(field).path("_errors");
      assertThat(fieldErrors.isArray() && !fieldErrors.isEmpty()).as(what).isTrue();
      assertThat(fieldErrors.get(0).path("code").asString())
          .as(what)
          .isIn("BASE_TYPE_REQUIRED", "BASE_TYPE_MAX_LENGTH", "BASE_TYPE_BAD_LENGTH");
      refused++;
    }
    // Of the 85 JSON bodies in the file, 16 are unions or arrays at the top (checked by the
    // validator's union tests) and 14 have neither a required field nor a length limit.
    assertThat(refused).isEqualTo(55);
  }

  @Test
  void aQueryFlagAsksForTheAnswerWithABody() {
    // Without wait=true a webhook execution answers 204 and no body; with it, the message.
    JsonNode webhook =
        Json.parse(
                send(
                        "POST",
                        "/channels/" + discord.channelId() + "/webhooks",
                        "{\"name\":\"flags\"}",
                        "Bot")
                    .body())
            .orElseThrow();
    String execute =
        "/webhooks/" + webhook.path("id").asString() + "/" + webhook.path("token").asString();
    HttpResponse<String> quiet = send("POST", execute, "{\"content\":\"hi\"}", null);
    assertThat(quiet.statusCode()).isEqualTo(204);
    assertThat(quiet.body()).isEmpty();
    HttpResponse<String> waited =
        send("POST", execute + "?wait=true", "{\"content\":\"hi\"}", null);
    assertThat(waited.statusCode()).isEqualTo(200);
    assertThat(Json.parse(waited.body()).orElseThrow().path("id").isString()).isTrue();

    // Interaction callbacks: 204 unless with_response=true. The human starts real interactions.
    send(
        "POST",
        "/applications/" + discord.applicationId() + "/commands",
        "{\"name\":\"flags\",\"description\":\"asks for answers\"}",
        "Bot");
    try (GatewayClient gateway = GatewayClient.connect(discord.gatewayUrl(), false)) {
      gateway.identifyAndSkipToGuildCreate(discord.botToken(), 1);
      for (String flag : List.of("", "?with_response=true", "?with_response=false")) {
        discord.humanUsesCommand(discord.channelId(), "flags", Map.of());
        JsonNode interaction = nextInteraction(gateway);
        String callback =
            "/interactions/"
                + interaction.path("id").asString()
                + "/"
                + interaction.path("token").asString()
                + "/callback";
        HttpResponse<String> answer = send("POST", callback + flag, "{\"type\":5}", null);
        boolean withBody = flag.endsWith("true");
        assertThat(answer.statusCode()).as(flag).isEqualTo(withBody ? 200 : 204);
        assertThat(answer.body().isEmpty()).as(flag).isEqualTo(!withBody);
      }
    }

    // The typing indicator has no body to ask for.
    assertThat(
            send("POST", "/channels/" + discord.channelId() + "/typing", null, "Bot").statusCode())
        .isEqualTo(204);
  }

  @Test
  void aPathIdIsEchoedAndAMissingRequiredQueryParameterIsReported() {
    // A sticker pack has no stateful route, so the answer is generated and echoes the path's id.
    HttpResponse<String> sticker = send("GET", "/sticker-packs/123456789012345678", null, "Bot");
    assertThat(sticker.statusCode()).isEqualTo(200);
    assertThat(Json.parse(sticker.body()).orElseThrow().path("id").asString())
        .isEqualTo("123456789012345678");

    HttpResponse<String> search = send("GET", "/guilds/1/members/search?limit=5", null, "Bot");
    assertThat(search.statusCode()).isEqualTo(400);
    JsonNode errors = Json.parse(search.body()).orElseThrow().path("errors");
    assertThat(errors.path("query").path("_errors").get(0).path("code").asString())
        .isEqualTo("BASE_TYPE_REQUIRED");

    HttpResponse<String> badId = send("GET", "/channels/abc", null, "Bot");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(
            Json.parse(badId.body())
                .orElseThrow()
                .path("errors")
                .path("channel_id")
                .path("_errors")
                .get(0)
                .path("message")
                .asString())
        .isEqualTo("Value \"abc\" is not snowflake.");
  }

  @Test
  void securityDecidesWhoMayCall() {
    // Webhook execution needs no token; an OAuth2-only operation refuses a bot token.
    // Without any token it reaches the route, which knows no webhook 1 (not 401).
    assertThat(send("GET", "/webhooks/1/token", null, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/channels/1", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/users/@me/guilds/1/member", null, "Bot").statusCode()).isEqualTo(401);
    assertThat(send("GET", "/users/@me/guilds/1/member", null, "Bearer").statusCode())
        .isEqualTo(200);
    assertThat(send("DELETE", "/gateway", null, "Bot").statusCode()).isEqualTo(405);
  }

  @Test
  void multipartPayloadJsonIsValidated() {
    String boundary = "gloamboundary";
    String payload = "{\"content\":\"" + "a".repeat(2001) + "\"}";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"payload_json\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + payload
            + "\r\n"
            + "--"
            + boundary
            + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(discord.restUrl() + "/channels/" + discord.channelId() + "/messages"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bot " + discord.botToken())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = exchange(request);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error =
        Json.parse(response.body()).orElseThrow().path("errors").path("content").path("_errors");
    assertThat(error.get(0).path("code").asString()).isEqualTo("BASE_TYPE_MAX_LENGTH");
    assertThat(error.get(0).path("message").asString())
        .isEqualTo("Must be 2000 or fewer in length.");
  }

  private static JsonNode nextInteraction(GatewayClient gateway) {
    for (int i = 0; i < 20; i++) {
      JsonNode payload = gateway.next();
      if ("INTERACTION_CREATE".equals(payload.path("t").asString(""))) {
        return payload.path("d");
      }
    }
    throw new AssertionError("no INTERACTION_CREATE");
  }

  // The stateful webhook, command and interaction routes look made-up ids and tokens up and refuse
  // them as Discord does; their answers to real ones are checked by their own tests.
  private static String shortestMaxLengthString(JsonNode schema) {
    String best = null;
    int bestMax = Integer.MAX_VALUE;
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      JsonNode s = api.resolve(property.getValue());
      boolean string =
          s.path("type").isArray()
              ? s.path("type").toString().contains("\"string\"")
              : s.path("type").asString("").equals("string");
      int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
      if (string && s.has("maxLength") && max < bestMax && !validator.isSnowflake(s)) {
        best = property.getKey();
        bestMax = max;
      }
    }
    return best;
  }

  /**
   * Tells whether an answer is a stateful route's documented refusal of the walk's request: an
   * unknown resource (10xxx), Missing Permissions (the walk's user is the guild's owner), a failed
   * bulk ban, or the documented 204 of an operation whose first success is 201.
   */
  private static ObjectNode minimalBody(Operation operation) {
    JsonNode schema =
        operation
            .requestBody(Operation.JSON)
            .or(() -> operation.requestBody(Operation.MULTIPART))
            .orElse(null);
    if (schema == null) {
      return null;
    }
    JsonNode instance = faker.instance(schema, Map.of());
    ObjectNode body;
    if (instance instanceof ObjectNode object) {
      body = object;
    } else {
      body = Json.object();
      body.set("_array", instance);
    }
    if (operation.operationId().equals("create_message")) {
      body.put("content", "hello"); // Discord refuses an empty message (50006) on top of the schema
    }
    return body;
  }

  /**
   * Tells whether a stateful route refused the walk's request the way Discord refuses it (a 4xx
   * with a JSON error code): the walk makes up ids and minimal bodies that the world need not hold
   * or accept, and a stateful route answers those from its state (404 Unknown ..., 400 with its
   * rules). Generated answers must still succeed.
   */
  private static boolean isStatefulRefusal(Operation operation, HttpResponse<String> response) {
    // 204 without a body: an operation with two success answers (Add Guild Member: 201 new, 204
    // already a member) that the walk hit in its second form.
    boolean emptySuccess = response.statusCode() == 204 && response.body().isEmpty();
    if (!emptySuccess && (response.statusCode() < 400 || response.statusCode() >= 500)) {
      return false;
    }
    StringBuilder samplePath = new StringBuilder();
    for (String segment : operation.path().segments()) {
      samplePath.append('/').append(segment.startsWith("{") ? "1" : segment);
    }
    if (STATEFUL.route(operation.method(), samplePath.toString()).route() == null) {
      return false;
    }
    return emptySuccess
        || Json.parse(response.body()).map(json -> json.path("code").asInt(0) != 0).orElse(false);
  }

  /**
   * Every operation, with the two whose success takes away the shared guild or channel (Delete
   * Channel, Leave Guild) last, so that the operations after them still find what they name.
   */
  private static List<Operation> walkingOrder() {
    List<String> last = List.of("delete_channel", "leave_guild");
    List<Operation> ordered = new ArrayList<>(api.operations().operations());
    ordered.sort(Comparator.comparingInt(operation -> last.indexOf(operation.operationId())));
    return ordered;
  }

  private static HttpResponse<String> send(Operation operation, ObjectNode body) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter parameter : operation.pathParameters()) {
      // Ids of things the testkit holds, so that stateful routes find them; others are made up.
      String value =
          switch (parameter.name()) {
            case "channel_id" -> Long.toString(discord.channelId());
            case "guild_id" -> Long.toString(discord.guildId());
            case "user_id" -> Long.toString(discord.humanUserId());
            default -> faker.instance(parameter.schema(), Map.of()).asString();
          };
      values.put(parameter.name(), value);
    }
    StringBuilder path = new StringBuilder();
    for (String segment : operation.path().segments()) {
      path.append('/');
      boolean placeholder = segment.startsWith("{") && segment.endsWith("}");
      path.append(
          placeholder
              ? URLEncoder.encode(
                  values.get(segment.substring(1, segment.length() - 1)), StandardCharsets.UTF_8)
              : segment);
    }
    StringJoiner query = new StringJoiner("&", "?", "");
    query.setEmptyValue("");
    for (Parameter parameter : operation.queryParameters()) {
      if (parameter.required()) {
        query.add(
            parameter.name()
                + "="
                + URLEncoder.encode(
                    faker.instance(parameter.schema(), Map.of()).asString(),
                    StandardCharsets.UTF_8));
      }
    }
    String auth =
        operation.security().botToken() ? "Bot" : operation.security().oauth2() ? "Bearer" : null;
    String text = null;
    String contentType = null;
    if (body != null && operation.requestBody(Operation.JSON).isPresent()) {
      text = body.has("_array") ? Json.write(body.get("_array")) : Json.write(body);
      contentType = Operation.JSON;
    } else if (body != null) {
      String boundary = "gloamboundary";
      StringBuilder form = new StringBuilder();
      for (Map.Entry<String, JsonNode> field : body.properties()) {
        form.append("--").append(boundary).append("\r\n");
        form.append("Content-Disposition: form-data; name=\"").append(field.getKey()).append('"');
        JsonNode fieldSchema = api.resolve(fieldSchema(operation, field.getKey()));
        if ("binary".equals(fieldSchema.path("contentEncoding").asString(""))) {
          form.append("; filename=\"file.png\"");
        }
        form.append("\r\n\r\n").append(field.getValue().asString()).append("\r\n");
      }
      form.append("--").append(boundary).append("--\r\n");
      text = form.toString();
      contentType = "multipart/form-data; boundary=" + boundary;
    }
    return send(operation.method(), path + query.toString(), text, auth, contentType);
  }

  private static JsonNode fieldSchema(Operation operation, String field) {
    JsonNode schema = api.resolve(operation.requestBody(Operation.MULTIPART).orElseThrow());
    return schema.path("properties").path(field);
  }

  private static HttpResponse<String> send(String method, String path, String body, String auth) {
    return send(method, path, body, auth, body == null ? null : Operation.JSON);
  }

  private static HttpResponse<String> send(
      String method, String path, String body, String auth, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if ("Bot".equals(auth)) {
      request.header("Authorization", "Bot " + discord.botToken());
    } else if ("Bearer".equals(auth)) {
      request.header("Authorization", "Bearer user-grant");
    }
    return exchange(request.build());
  }

  private static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
