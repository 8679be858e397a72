package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord's OpenAPI description (the vendored {@code discord-openapi.json}, API v10), loaded and
 * indexed once per JVM on first use and shared by every server: it is over a megabyte.
 *
 * <p>The tree is never modified after loading; callers must not modify the nodes they are given.
 */
public final class OpenApi {

  /** Where the description lives in this module. */
  public static final String RESOURCE = "/dev/gloam/testkit/openapi/discord-openapi.json";

  private static final String SCHEMA_PREFIX = "#/components/schemas/";

  // The spec's README says to follow the docs where they disagree. Bots may send 2000 characters
  // of content (resources/message.mdx, "Create Message"); the spec allows Nitro users' 4000.
  private static final List<String> BOT_CONTENT_LIMIT_SCHEMAS =
      List.of(
          "MessageCreateRequest", "BaseCreateMessageCreateRequest", "MessageEditRequestPartial");
  private static final int BOT_CONTENT_LIMIT = 2000;

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private final JsonNode root;
  private final Map<String, JsonNode> schemas;
  private final OperationTable operations;

  private OpenApi(JsonNode root) {
    this.root = root;
    Map<String, JsonNode> named = new HashMap<>();
    root.path("components")
        .path("schemas")
        .properties()
        .forEach(entry -> named.put(SCHEMA_PREFIX + entry.getKey(), entry.getValue()));
    this.schemas = Map.copyOf(named);
    this.operations = new OperationTable(readOperations(root));
  }

  private static final class Shared {
    static final OpenApi INSTANCE = load();
  }

  /**
   * Returns the description, loading it on the first call.
   *
   * @return the shared, immutable description
   */
  public static OpenApi shared() {
    return Shared.INSTANCE;
  }

  private static OpenApi load() {
    // Read through this module's own class: the resource sits in an encapsulated package.
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JsonNode root =
          Json.parse(text).orElseThrow(() -> new IllegalStateException("bad JSON in " + RESOURCE));
      applyDocumentedLimits(root);
      return new OpenApi(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static void applyDocumentedLimits(JsonNode root) {
    JsonNode schemas = root.path("components").path("schemas");
    for (String name : BOT_CONTENT_LIMIT_SCHEMAS) {
      if (schemas.path(name).path("properties").path("content") instanceof ObjectNode content) {
        content.put("maxLength", BOT_CONTENT_LIMIT);
      }
    }
  }

  /**
   * Returns the whole tree.
   *
   * @return the description's root object
   */
  public JsonNode root() {
    return root;
  }

  /**
   * Returns every operation, indexed for routing.
   *
   * @return the table
   */
  public OperationTable operations() {
    return operations;
  }

  /**
   * Returns a named component schema.
   *
   * @param name for example {@code SnowflakeType}
   * @return the schema, if the description has it
   */
  public Optional<JsonNode> schema(String name) {
    return Optional.ofNullable(schemas.get(SCHEMA_PREFIX + name));
  }

  /**
   * Follows {@code $ref}s until a schema that is not a reference. Keywords next to a {@code $ref}
   * in the description are only descriptions, so they are dropped.
   *
   * @param schema a schema
   * @return the schema it stands for
   */
  public JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 32 && current != null && current.has("$ref"); hops++) {
      JsonNode target = schemas.get(current.get("$ref").asString());
      if (target == null) {
        throw new IllegalStateException("unresolvable $ref " + current.get("$ref"));
      }
      current = target;
    }
    return current;
  }

  private static List<Operation> readOperations(JsonNode root) {
    List<Operation> result = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      PathTemplate template = PathTemplate.parse(path.getKey());
      JsonNode item = path.getValue();
      for (String method : METHODS) {
        JsonNode operation = item.get(method);
        if (operation != null) {
          result.add(readOperation(template, method, item, operation));
        }
      }
    }
    return result;
  }

  private static Operation readOperation(
      PathTemplate template, String method, JsonNode item, JsonNode operation) {
    Map<String, Parameter> pathParameters = new LinkedHashMap<>();
    List<Parameter> queryParameters = new ArrayList<>();
    List<JsonNode> declared = new ArrayList<>();
    item.path("parameters").forEach(declared::add);
    operation.path("parameters").forEach(declared::add);
    for (JsonNode parameter : declared) {
      String name = parameter.path("name").asString();
      boolean required = parameter.path("required").asBoolean(false);
      Parameter read = new Parameter(name, required, parameter.path("schema"));
      switch (parameter.path("in").asString()) {
        case "path" -> pathParameters.put(name, new Parameter(name, true, read.schema()));
        case "query" -> queryParameters.add(read);
        default -> {}
      }
    }
    List<Parameter> orderedPath = new ArrayList<>();
    for (String placeholder : template.placeholders()) {
      orderedPath.add(
          pathParameters.getOrDefault(
              placeholder, new Parameter(placeholder, true, Json.object().put("type", "string"))));
    }
    Map<String, JsonNode> bodies = new LinkedHashMap<>();
    JsonNode requestBody = operation.path("requestBody");
    requestBody
        .path("content")
        .properties()
        .forEach(entry -> bodies.put(entry.getKey(), entry.getValue().path("schema")));
    int successStatus = 0;
    String successType = "";
    JsonNode successSchema = null;
    for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
      String code = response.getKey();
      if (code.length() == 3 && code.charAt(0) == '2' && Character.isDigit(code.charAt(2))) {
        int status = Integer.parseInt(code);
        if (successStatus == 0 || status < successStatus) {
          successStatus = status;
          successType = "";
          successSchema = null;
          for (Map.Entry<String, JsonNode> content :
              response.getValue().path("content").properties()) {
            successType = content.getKey();
            successSchema = content.getValue().path("schema");
            break;
          }
        }
      }
    }
    // Discord answers webhook executions without wait=true, interaction callbacks without
    // with_response=true and the typing indicator with 204 and no body (resources/webhook,
    // interactions/receiving-and-responding, resources/channel); the description lists their 200
    // first. The 200 is kept for when the flag asks for it.
    Optional<Operation.FlaggedAnswer> answerOnRequest = Optional.empty();
    JsonNode noContent = operation.path("responses").path("204");
    if (!noContent.isMissingNode() && successStatus != 204) {
      String flag = null;
      for (Parameter parameter : queryParameters) {
        if (parameter.name().equals("wait") || parameter.name().equals("with_response")) {
          flag = parameter.name();
        }
      }
      boolean typing = template.toString().endsWith("/typing");
      if (flag != null || typing) {
        if (flag != null) {
          answerOnRequest =
              Optional.of(
                  new Operation.FlaggedAnswer(
                      flag,
                      successStatus,
                      successType,
                      successSchema == null ? Json.object() : successSchema));
        }
        successStatus = 204;
        successType = "";
        successSchema = null;
      }
    }
    return new Operation(
        method.toUpperCase(Locale.ROOT),
        template,
        operation.path("operationId").asString(),
        orderedPath,
        queryParameters,
        bodies,
        requestBody.path("required").asBoolean(false),
        successStatus == 0 ? 200 : successStatus,
        successType,
        Optional.ofNullable(successSchema),
        Security.of(operation.get("security")),
        answerOnRequest);
  }
}
