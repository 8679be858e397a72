package dev.gloam.testkit.internal.rest;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What a route answers.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param summary a one-line description for the wire log, for example {@code 200 message 1 "hi"}
 */
public record RestResponse(int status, JsonNode body, String summary) {

  /**
   * Checks that nothing is null.
   *
   * @param status the HTTP status
   * @param body the JSON body
   * @param summary the wire log line
   */
  public RestResponse {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * A 200 response.
   *
   * @param body the JSON body
   * @param description what was returned, for the wire log
   * @return the response
   */
  public static RestResponse ok(JsonNode body, String description) {
    return new RestResponse(200, body, "200 " + description);
  }
}
