package dev.gloam.http.ratelimiting;

import java.util.Objects;

/**
 * What a rate limiter needs to know about a request before it is sent: its route and the top-level
 * resource that Discord counts its limits per.
 *
 * <p>The {@code route} names the operation, method and path template, such as {@code "POST
 * /channels/{channel_id}/messages"}. Until Discord's first answer tells which bucket a route
 * belongs to, requests of one route and major parameter wait in one queue.
 *
 * <p>The {@code majorParameter} is the value of the top-level resource in the path: a channel or
 * guild id, a webhook id, or a key derived from a webhook or interaction token (never the token
 * itself, because endpoints appear in logs and metrics). It is empty for routes without one.
 *
 * @param route method and path template, such as {@code "GET /guilds/{guild_id}/members"}
 * @param majorParameter the top-level resource's value, or {@code ""} if the route has none
 * @param authenticated whether the request carries the client's token in its {@code Authorization}
 *     header (requests that authenticate with a webhook or interaction token in the path do not)
 * @param globallyLimited whether the request counts against the global limit (Discord exempts
 *     interaction endpoints)
 */
public record Endpoint(
    String route, String majorParameter, boolean authenticated, boolean globallyLimited) {

  /** Checks that the route and major parameter are present. */
  public Endpoint {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(majorParameter, "majorParameter");
  }

  /**
   * Creates the endpoint of an ordinary bot request: authenticated and globally limited.
   *
   * @param route method and path template, such as {@code "GET /guilds/{guild_id}/members"}
   * @param majorParameter the top-level resource's value, or {@code ""}
   * @return the endpoint
   */
  public static Endpoint of(String route, String majorParameter) {
    return new Endpoint(route, majorParameter, true, true);
  }
}
