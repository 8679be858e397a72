package dev.gloam.testkit.internal.openapi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One REST operation of Discord's OpenAPI description.
 *
 * @param method the HTTP method in upper case
 * @param path the path template below {@code /api/v10}
 * @param operationId Discord's name for it, for example {@code create_message}
 * @param pathParameters the placeholders' parameters, in path order
 * @param queryParameters the query parameters it reads
 * @param requestBodies the body schema per content type ({@code application/json}, {@code
 *     multipart/form-data}, {@code application/x-www-form-urlencoded}); empty if it takes no body
 * @param bodyRequired whether a body must be sent
 * @param successStatus the 2xx status it answers with, for example 200 or 204
 * @param successContentType the success response's content type, empty for none
 * @param successSchema the success response's schema, if it has a body
 * @param security who may call it
 * @param answerOnRequest the answer with a body that a boolean query flag asks for instead of the
 *     default 204 (the {@code wait} of webhook executions, the {@code with_response} of interaction
 *     callbacks), if the operation has one
 */
public record Operation(
    String method,
    PathTemplate path,
    String operationId,
    List<Parameter> pathParameters,
    List<Parameter> queryParameters,
    Map<String, JsonNode> requestBodies,
    boolean bodyRequired,
    int successStatus,
    String successContentType,
    Optional<JsonNode> successSchema,
    Security security,
    Optional<FlaggedAnswer> answerOnRequest) {

  /**
   * A success answer given only when the request sets a query flag to {@code true}.
   *
   * @param flag the query parameter, such as {@code wait}
   * @param status the status then, such as 200
   * @param contentType its content type
   * @param schema its body's schema
   */
  public record FlaggedAnswer(String flag, int status, String contentType, JsonNode schema) {}

  /** The JSON content type. */
  public static final String JSON = "application/json";

  /** The multipart content type, whose {@code payload_json} part carries the JSON fields. */
  public static final String MULTIPART = "multipart/form-data";

  /** The URL-encoded form content type. */
  public static final String FORM = "application/x-www-form-urlencoded";

  /**
   * Copies the collections.
   *
   * @param method the method
   * @param path the template
   * @param operationId the id
   * @param pathParameters the path parameters
   * @param queryParameters the query parameters
   * @param requestBodies the body schemas
   * @param bodyRequired whether a body is required
   * @param successStatus the success status
   * @param successContentType the success content type
   * @param successSchema the success schema
   * @param security the accepted credentials
   * @param answerOnRequest the answer a query flag asks for, if any
   */
  public Operation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operationId, "operationId");
    pathParameters = List.copyOf(pathParameters);
    queryParameters = List.copyOf(queryParameters);
    requestBodies = Map.copyOf(requestBodies);
    Objects.requireNonNull(successContentType, "successContentType");
    Objects.requireNonNull(successSchema, "successSchema");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(answerOnRequest, "answerOnRequest");
  }

  /**
   * Returns the body schema for a content type.
   *
   * @param contentType one of {@link #JSON}, {@link #MULTIPART}, {@link #FORM}
   * @return the schema, if the operation accepts that content type
   */
  public Optional<JsonNode> requestBody(String contentType) {
    return Optional.ofNullable(requestBodies.get(contentType));
  }

  @Override
  public String toString() {
    return method + " " + path + " (" + operationId + ")";
  }
}
