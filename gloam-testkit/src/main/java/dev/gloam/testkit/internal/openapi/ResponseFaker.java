package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Answers operations that have no stateful handler with a response valid under the operation's
 * success schema: required properties only, filled with plausible values (fresh snowflakes,
 * Discord-style ISO timestamps, the first value of each enum, strings within their length limits).
 * The ids of the request path are echoed where the schema has a matching field, so {@code GET
 * /channels/{channel_id}} answers with that channel's {@code id}.
 */
public final class ResponseFaker {

  /** String fields the description leaves untyped that hold snowflakes. */
  private static final Set<String> SNOWFLAKE_STRINGS = Set.of("launch_id");

  /** String fields that carry a bit set as a decimal number. */
  private static final Set<String> BIT_SET_STRINGS =
      Set.of("flags_new", "permissions", "permissions_new", "allow", "deny");

  // Discord writes timestamps with microseconds and an explicit offset.
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");
  private static final String COLOR_PATTERN = "^#(([0-9a-fA-F]{2}){3}|([0-9a-fA-F]){3})$";
  // A 1x1 transparent PNG, the smallest image a widget.png request can get.
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
  private static final int MAX_DEPTH = 12;

  private final OpenApi api;
  private final SchemaValidator validator;
  private final SnowflakeGenerator ids;
  private final Clock clock;

  /**
   * Creates a faker.
   *
   * @param api the description
   * @param ids where new ids come from
   * @param clock the time for timestamps
   */
  public ResponseFaker(OpenApi api, SnowflakeGenerator ids, Clock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.validator = new SchemaValidator(api);
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Answers an operation.
   *
   * @param operation the operation
   * @param pathParameters the request's placeholder values by the description's names
   * @param flagged whether the request's query flag asked for the answer with a body (see {@link
   *     Operation#answerOnRequest()})
   * @return the success response
   */
  public RestResponse respond(
      Operation operation, Map<String, String> pathParameters, boolean flagged) {
    Optional<Operation.FlaggedAnswer> answer =
        flagged ? operation.answerOnRequest() : Optional.empty();
    int status = answer.map(Operation.FlaggedAnswer::status).orElse(operation.successStatus());
    String summary = status + " " + operation.operationId() + " (generated)";
    Optional<JsonNode> schema =
        answer.isPresent() ? Optional.of(answer.get().schema()) : operation.successSchema();
    if (schema.isEmpty()) {
      return new RestResponse(status, Json.object(), summary);
    }
    String type =
        answer.map(Operation.FlaggedAnswer::contentType).orElse(operation.successContentType());
    if (type.equals("image/png")) {
      return new RawBody(type, PNG).toResponse(status, summary);
    }
    if (!type.equals(Operation.JSON)) {
      return new RawBody(type, "user_id\n".getBytes(StandardCharsets.UTF_8))
          .toResponse(status, summary);
    }
    JsonNode body = instance(schema.get(), echoes(operation, pathParameters));
    return new RestResponse(status, body, summary);
  }

  /**
   * Makes a minimal value valid under a schema: required properties only, arrays at their minimum
   * size.
   *
   * @param schema the schema
   * @param echoes values for top-level snowflake properties, by property name
   * @return the value
   */
  public JsonNode instance(JsonNode schema, Map<String, String> echoes) {
    return generate(schema, null, 0, echoes);
  }

  /**
   * Picks the path ids a response should repeat: each snowflake placeholder under its own name
   * ({@code guild_id}), and as {@code id} the last one when only placeholders follow it (the path
   * names that resource, as in {@code /channels/{channel_id}} or {@code
   * /webhooks/{webhook_id}/{webhook_token}}).
   *
   * @param operation the operation
   * @param pathParameters the placeholder values
   * @return values by property name
   */
  public Map<String, String> echoes(Operation operation, Map<String, String> pathParameters) {
    Map<String, String> echoes = new LinkedHashMap<>();
    List<String> segments = operation.path().segments();
    String resourceId = null;
    for (int i = 0; i < segments.size(); i++) {
      if (!operation.path().isPlaceholder(i)) {
        resourceId = null;
        continue;
      }
      String name = segments.get(i).substring(1, segments.get(i).length() - 1);
      Parameter parameter =
          operation.pathParameters().stream()
              .filter(p -> p.name().equals(name))
              .findFirst()
              .orElse(null);
      String value = pathParameters.get(name);
      if (parameter != null && value != null && validator.isSnowflake(parameter.schema())) {
        echoes.put(name, value);
        resourceId = value;
      }
    }
    if (resourceId != null) {
      echoes.put("id", resourceId);
    }
    return echoes;
  }

  private JsonNode generate(JsonNode schema, String name, int depth, Map<String, String> echoes) {
    JsonNode s = api.resolve(schema);
    if (s.has("const")) {
      return s.get("const");
    }
    if (s.has("enum") && !s.get("enum").isEmpty()) {
      return s.get("enum").get(0);
    }
    JsonNode constBranch = firstConstBranch(s);
    if (constBranch != null) {
      return constBranch;
    }
    if (depth > MAX_DEPTH && validator.allowsNull(s)) {
      return NullNode.getInstance();
    }
    String type = firstType(s);
    if (type == null) {
      if (s.has("properties") || s.has("allOf")) {
        type = "object";
      } else if (s.has("oneOf") || s.has("anyOf")) {
        JsonNode branch = firstUsefulBranch(s);
        return branch == null ? NullNode.getInstance() : generate(branch, name, depth + 1, echoes);
      } else {
        return Json.object();
      }
    }
    return switch (type) {
      case "null" -> NullNode.getInstance();
      case "string" -> StringNode.valueOf(text(s, name));
      case "integer" -> LongNode.valueOf(integer(s));
      case "number" -> DoubleNode.valueOf(integer(s));
      case "boolean" -> tools.jackson.databind.node.BooleanNode.FALSE;
      case "array" -> array(s, name, depth);
      default -> object(s, depth, echoes);
    };
  }

  private ArrayNode array(JsonNode s, String name, int depth) {
    ArrayNode array = Json.array();
    int count = s.path("minItems").asInt(0);
    JsonNode items = s.get("items");
    for (int i = 0; i < count && items != null; i++) {
      array.add(generate(items, name, depth + 1, Map.of()));
    }
    return array;
  }

  private ObjectNode object(JsonNode s, int depth, Map<String, String> echoes) {
    List<JsonNode> parts = new ArrayList<>();
    collectParts(s, parts, 0);
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    for (JsonNode part : parts) {
      part.path("properties")
          .properties()
          .forEach(e -> properties.putIfAbsent(e.getKey(), e.getValue()));
      part.path("required").forEach(r -> required.add(r.asString()));
    }
    ObjectNode object = Json.object();
    for (String property : required) {
      JsonNode propertySchema = properties.get(property);
      object.set(
          property,
          propertySchema == null
              ? StringNode.valueOf(property)
              : generate(propertySchema, property, depth + 1, Map.of()));
    }
    echoes.forEach(
        (property, value) -> {
          JsonNode propertySchema = properties.get(property);
          if (propertySchema != null
              && validator.isSnowflake(firstUsefulBranchOrSelf(propertySchema))) {
            object.put(property, value);
          }
        });
    return object;
  }

  /** The schemas whose properties make up an object: itself and its allOf branches. */
  private void collectParts(JsonNode schema, List<JsonNode> parts, int depth) {
    JsonNode s = api.resolve(schema);
    if (depth > MAX_DEPTH) {
      return;
    }
    parts.add(s);
    for (JsonNode branch : s.path("allOf")) {
      collectParts(branch, parts, depth + 1);
    }
    if (!s.has("properties") && (s.has("oneOf") || s.has("anyOf"))) {
      JsonNode branch = firstUsefulBranch(s);
      if (branch != null) {
        collectParts(branch, parts, depth + 1);
      }
    }
  }

  private JsonNode firstUsefulBranch(JsonNode s) {
    List<JsonNode> branches = new ArrayList<>();
    s.path("oneOf").forEach(branches::add);
    s.path("anyOf").forEach(branches::add);
    for (JsonNode branch : branches) {
      if (!"null".equals(api.resolve(branch).path("type").asString(""))) {
        return branch;
      }
    }
    return null;
  }

  private JsonNode firstUsefulBranchOrSelf(JsonNode schema) {
    JsonNode s = api.resolve(schema);
    JsonNode branch = s.has("type") ? null : firstUsefulBranch(s);
    return branch == null ? s : api.resolve(branch);
  }

  private JsonNode firstConstBranch(JsonNode s) {
    JsonNode branches = s.has("oneOf") ? s.get("oneOf") : s.path("anyOf");
    if (branches.isEmpty()) {
      return null;
    }
    for (JsonNode branch : branches) {
      if (!api.resolve(branch).has("const")) {
        return null;
      }
    }
    return api.resolve(branches.get(0)).get("const");
  }

  private static String firstType(JsonNode s) {
    JsonNode type = s.get("type");
    if (type == null) {
      return null;
    }
    if (!type.isArray()) {
      return type.asString();
    }
    String fallback = null;
    for (JsonNode t : type) {
      if (!t.asString().equals("null")) {
        return t.asString();
      }
      fallback = "null";
    }
    return fallback;
  }

  private String text(JsonNode s, String name) {
    if (validator.isSnowflake(s)) {
      return Json.id(ids.next());
    }
    if (COLOR_PATTERN.equals(s.path("pattern").asString(""))) {
      return "#5865f2";
    }
    switch (s.path("format").asString("")) {
      case "date-time" -> {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
      }
      case "uri" -> {
        return "https://discord.com";
      }
      case "nonce" -> {
        return "1";
      }
      default -> {}
    }
    if ("base64".equals(s.path("contentEncoding").asString(""))) {
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);
    }
    if (name != null && SNOWFLAKE_STRINGS.contains(name)) {
      // Typed as plain strings in the description; the documentation calls them snowflakes.
      return Json.id(ids.next());
    }
    if (name != null && BIT_SET_STRINGS.contains(name)) {
      // The description types these bit sets as plain strings; Discord sends them as decimals.
      return "0";
    }
    String base = name == null || name.isEmpty() ? "gloam" : name;
    int min = s.path("minLength").asInt(0);
    int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
    StringBuilder text = new StringBuilder(base);
    while (text.length() < min) {
      text.append('x');
    }
    return text.length() > max ? text.substring(0, max) : text.toString();
  }

  private static long integer(JsonNode s) {
    if (s.has("minimum")) {
      return (long) Math.ceil(s.get("minimum").asDouble());
    }
    if (s.has("maximum") && s.get("maximum").asDouble() < 0) {
      return (long) Math.floor(s.get("maximum").asDouble());
    }
    return 0;
  }
}
