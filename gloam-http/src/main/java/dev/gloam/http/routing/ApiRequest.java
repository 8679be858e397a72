package dev.gloam.http.routing;

import java.util.Objects;
import java.util.Optional;

/**
 * One REST call as the transport sends it: its route, the filled-in path and an optional JSON body.
 * Typed requests build these; {@link dev.gloam.http.Transport} sends them.
 *
 * @param route the route, from the route table
 * @param path the path with its parameters filled in, relative to the API base
 * @param jsonBody the JSON body, if the route takes one
 */
public record ApiRequest(Route route, String path, Optional<byte[]> jsonBody) {
  /** Checks that route and path are present. */
  public ApiRequest {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(jsonBody, "jsonBody");
  }

  /** Describes the request by method and path, which never hold a secret for bot routes. */
  @Override
  public String toString() {
    return route.method() + " " + path;
  }
}
