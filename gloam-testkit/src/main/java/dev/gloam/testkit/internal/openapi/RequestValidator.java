package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.SchemaValidator.Values;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Checks a whole request (path parameters, query parameters, body) against its operation and
 * answers an invalid one the way Discord does: {@code 400 Invalid Form Body} with code 50035 and
 * every offending field (topics/opcodes-and-status-codes.mdx, JSON error code 50035), or 50109 for
 * a body that is not JSON.
 */
public final class RequestValidator {

  private final SchemaValidator schemas;

  /**
   * Creates a validator.
   *
   * @param api the description
   */
  public RequestValidator(OpenApi api) {
    this.schemas = new SchemaValidator(api);
  }

  /**
   * Validates a request.
   *
   * @param operation the operation it was routed to
   * @param pathParameters the placeholder values by the description's names
   * @param rawQuery the raw query string, or null
   * @param contentType the {@code Content-Type} header, or an empty string
   * @param body the body as text, empty if none
   * @return the error response, or empty if the request is valid
   */
  public Optional<RestResponse> validate(
      Operation operation,
      Map<String, String> pathParameters,
      String rawQuery,
      String contentType,
      String body) {
    List<FieldError> errors = new ArrayList<>();
    for (Parameter parameter : operation.pathParameters()) {
      String value = pathParameters.get(parameter.name());
      errors.addAll(
          schemas.validate(
              value == null ? null : StringNode.valueOf(value),
              parameter.schema(),
              parameter.name(),
              Values.TEXT));
    }
    Map<String, List<String>> query = parseQuery(rawQuery);
    for (Parameter parameter : operation.queryParameters()) {
      List<String> values = query.get(parameter.name());
      if (values == null) {
        if (parameter.required()) {
          errors.add(
              new FieldError(parameter.name(), "BASE_TYPE_REQUIRED", "This field is required"));
        }
        continue;
      }
      JsonNode value;
      if (values.size() == 1) {
        value = StringNode.valueOf(values.get(0));
      } else {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        value = array;
      }
      errors.addAll(schemas.validate(value, parameter.schema(), parameter.name(), Values.TEXT));
    }
    if (!operation.requestBodies().isEmpty()) {
      Optional<RestResponse> unreadable = validateBody(operation, contentType, body, errors);
      if (unreadable.isPresent()) {
        return unreadable;
      }
    }
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(FieldError.addAll(errors, new FormErrors()).toResponse());
  }

  private Optional<RestResponse> validateBody(
      Operation operation, String contentType, String body, List<FieldError> errors) {
    if (body.isBlank() && !operation.bodyRequired()) {
      return Optional.empty();
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (media.isEmpty() && body.isBlank()) {
      media = Operation.JSON;
    }
    Optional<JsonNode> schema = operation.requestBody(media);
    if (schema.isEmpty()) {
      errors.add(
          new FieldError(
              "",
              "CONTENT_TYPE_INVALID",
              "Expected \"Content-Type\" header to be one of "
                  + operation.requestBodies().keySet().stream().sorted().toList()
                  + "."));
      return Optional.empty();
    }
    JsonNode value;
    Values values;
    switch (media) {
      case Operation.JSON -> {
        Optional<JsonNode> parsed = body.isBlank() ? Optional.of(Json.object()) : Json.parse(body);
        if (parsed.isEmpty()) {
          return Optional.of(DiscordErrors.invalidJson());
        }
        value = parsed.get();
        values = Values.JSON;
      }
      case Operation.MULTIPART -> {
        Optional<MultipartForm> form = MultipartForm.parse(contentType, body);
        if (form.isEmpty()) {
          errors.add(new FieldError("", "BASE_TYPE_INVALID", "Invalid multipart body."));
          return Optional.empty();
        }
        Optional<ObjectNode> fields = formFields(form.get());
        if (fields.isEmpty()) {
          return Optional.of(DiscordErrors.invalidJson());
        }
        value = fields.get();
        values = Values.TEXT;
      }
      default -> {
        ObjectNode fields = Json.object();
        parseQuery(body).forEach((name, list) -> fields.put(name, list.get(0)));
        value = fields;
        values = Values.TEXT;
      }
    }
    errors.addAll(schemas.validate(value, schema.get(), "", values));
    return Optional.empty();
  }

  /** The JSON fields of payload_json, with the other parts as text fields next to them. */
  private static Optional<ObjectNode> formFields(MultipartForm form) {
    ObjectNode fields = Json.object();
    Optional<MultipartForm.Part> payload = form.part("payload_json");
    if (payload.isPresent()) {
      Optional<JsonNode> parsed = Json.parse(payload.get().text());
      if (parsed.isEmpty() || !(parsed.get() instanceof ObjectNode object)) {
        return Optional.empty();
      }
      fields.setAll(object);
    }
    for (MultipartForm.Part part : form.parts()) {
      if (!part.name().equals("payload_json")) {
        fields.put(part.name(), part.filename().isEmpty() ? part.text() : part.filename());
      }
    }
    return Optional.of(fields);
  }

  /**
   * Splits a query string (or URL-encoded form) into decoded values by name.
   *
   * @param raw the raw text, or null
   * @return the values of each name in order
   */
  public static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return result;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
