package dev.gloam.testkit.internal.rest.ratelimit;

import java.net.InetAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the rate limiter needs to know about a routed request.
 *
 * @param client the client's IP address; limits without a bot token and the invalid request limit
 *     are kept per address
 * @param authorized whether the request carried the bot's token; its global limit is then the bot's
 *     rather than the address's
 * @param method the HTTP method
 * @param template the matched route's path template
 * @param parameters the placeholder values, by name, in path order
 */
public record RateLimitedRequest(
    InetAddress client,
    boolean authorized,
    String method,
    String template,
    Map<String, String> parameters) {

  /**
   * Checks and copies the values.
   *
   * @param client the client's IP address
   * @param authorized whether the request carried the bot's token
   * @param method the HTTP method
   * @param template the route's path template
   * @param parameters the placeholder values
   */
  public RateLimitedRequest {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
