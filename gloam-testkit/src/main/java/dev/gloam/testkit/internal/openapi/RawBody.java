package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.rest.RestResponse;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.POJONode;

/**
 * A response body that is not JSON, such as the PNG of {@code GET /guilds/{guild_id}/widget.png} or
 * the CSV of {@code GET /invites/{code}/target-users}. It travels inside a {@link RestResponse} as
 * a POJO node so that the response type stays JSON-shaped for every other route.
 *
 * @param contentType the media type to send
 * @param bytes the body
 */
public record RawBody(String contentType, byte[] bytes) {

  /**
   * Checks that nothing is null.
   *
   * @param contentType the media type
   * @param bytes the body
   */
  public RawBody {
    Objects.requireNonNull(contentType, "contentType");
    bytes = bytes.clone();
  }

  /**
   * Returns a copy of the body.
   *
   * @return the bytes
   */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Wraps this body in a response.
   *
   * @param status the HTTP status
   * @param summary the wire log line
   * @return the response
   */
  public RestResponse toResponse(int status, String summary) {
    return new RestResponse(status, new POJONode(this), summary);
  }

  /**
   * Finds the raw body of a response, if it has one.
   *
   * @param response a response
   * @return the raw body, or empty for an ordinary JSON response
   */
  public static Optional<RawBody> of(RestResponse response) {
    return response.body() instanceof POJONode pojo && pojo.getPojo() instanceof RawBody raw
        ? Optional.of(raw)
        : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawBody raw
        && raw.contentType.equals(contentType)
        && java.util.Arrays.equals(raw.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return contentType.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return contentType + " (" + bytes.length + " bytes)";
  }
}
