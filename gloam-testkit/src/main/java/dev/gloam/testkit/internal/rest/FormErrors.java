package dev.gloam.testkit.internal.rest;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects field errors into Discord's {@code 50035 Invalid Form Body} response, whose {@code
 * errors} object mirrors the shape of the request body.
 */
public final class FormErrors {

  private final ObjectNode errors = Json.object();

  /** Creates an empty collection. */
  public FormErrors() {}

  /**
   * Adds an error for a field.
   *
   * @param path the field's path in the body, for example {@code content} or {@code embeds.0}
   * @param code Discord's error code string, for example {@code BASE_TYPE_MAX_LENGTH}
   * @param message the human message
   */
  public void add(String path, String code, String message) {
    ObjectNode node = errors;
    if (!path.isEmpty()) {
      for (String part : path.split("\\.")) {
        node = node.has(part) ? (ObjectNode) node.get(part) : node.putObject(part);
      }
    }
    ArrayNode list =
        node.has("_errors") ? (ArrayNode) node.get("_errors") : node.putArray("_errors");
    ObjectNode error = list.addObject();
    error.put("code", code);
    error.put("message", message);
  }

  /**
   * Tells whether any error was added.
   *
   * @return true if there is nothing to report
   */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * Builds the response.
   *
   * @return 400 with code 50035 and the collected errors
   */
  public RestResponse toResponse() {
    ObjectNode body = Json.object();
    body.put("message", "Invalid Form Body");
    body.put("code", 50035);
    body.set("errors", errors.deepCopy());
    return new RestResponse(400, body, "400 Invalid Form Body (code 50035) " + Json.write(errors));
  }
}
