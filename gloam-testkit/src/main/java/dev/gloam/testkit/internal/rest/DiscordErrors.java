package dev.gloam.testkit.internal.rest;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** The JSON error responses Discord sends, with its messages and codes. */
public final class DiscordErrors {

  private DiscordErrors() {}

  /**
   * A plain error: {@code {"message": ..., "code": ...}}.
   *
   * @param status the HTTP status
   * @param code Discord's JSON error code, 0 for generic HTTP errors
   * @param message Discord's message
   * @return the response
   */
  public static RestResponse error(int status, int code, String message) {
    ObjectNode body = Json.object();
    body.put("message", message);
    body.put("code", code);
    return new RestResponse(status, body, status + " " + message + " (code " + code + ")");
  }

  /**
   * A missing or wrong token.
   *
   * @return 401
   */
  public static RestResponse unauthorized() {
    return error(401, 0, "401: Unauthorized");
  }

  /**
   * A path that matches no route.
   *
   * @return 404
   */
  public static RestResponse notFound() {
    return error(404, 0, "404: Not Found");
  }

  /**
   * A route that exists with another method.
   *
   * @return 405
   */
  public static RestResponse methodNotAllowed() {
    return error(405, 0, "405: Method Not Allowed");
  }

  /**
   * A channel id that does not exist.
   *
   * @return 404 with code 10003
   */
  public static RestResponse unknownChannel() {
    return error(404, 10003, "Unknown Channel");
  }

  /**
   * A body that is not JSON.
   *
   * @return 400 with code 50109
   */
  public static RestResponse invalidJson() {
    return error(400, 50109, "The request body contains invalid JSON.");
  }

  /**
   * A message with nothing in it.
   *
   * @return 400 with code 50006
   */
  public static RestResponse emptyMessage() {
    return error(400, 50006, "Cannot send an empty message");
  }

  /**
   * A body larger than the testkit reads.
   *
   * @return 413 with code 40005
   */
  public static RestResponse entityTooLarge() {
    return error(413, 40005, "Request entity too large");
  }

  /**
   * A body of a kind the testkit cannot read yet.
   *
   * @param contentType what the client sent
   * @return 400
   */
  public static RestResponse unsupportedContentType(String contentType) {
    return error(400, 0, "gloam-testkit does not support " + contentType + " bodies yet");
  }
}
