package dev.gloam.testkit.internal.rest.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names routes for rate limit settings: a method and a path template with every placeholder
 * emptied, so that {@code {channel.id}} (Discord's docs) and {@code {channel_id}} (the OpenAPI
 * description) name the same route.
 */
public final class RouteKey {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}/]*}");
  private static final Pattern ROUTE = Pattern.compile("[A-Za-z]+ /\\S*");

  private RouteKey() {}

  /**
   * Normalizes a route written as method, space, path template.
   *
   * @param route for example {@code "post /channels/{channel.id}/messages"}
   * @return for example {@code "POST /channels/{}/messages"}
   * @throws IllegalArgumentException if the text is not a method, a space and a path
   */
  public static String normalize(String route) {
    Objects.requireNonNull(route, "route");
    String trimmed = route.strip();
    if (!ROUTE.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "a route is a method, a space and a path template, for example"
              + " \"POST /channels/{channel.id}/messages\"; was \""
              + route
              + "\"");
    }
    int space = trimmed.indexOf(' ');
    return of(trimmed.substring(0, space), trimmed.substring(space + 1));
  }

  /**
   * Normalizes a method and a path template.
   *
   * @param method the HTTP method
   * @param template the path template below the API base
   * @return the key
   */
  public static String of(String method, String template) {
    return method.toUpperCase(Locale.ROOT) + " " + PLACEHOLDER.matcher(template).replaceAll("{}");
  }

  /**
   * Returns the bucket hash of a route that has a bucket of its own; stable for the route.
   *
   * @param route method and path template
   * @return 32 hex digits
   */
  public static String routeBucketHash(String route) {
    return hash("route " + normalize(route));
  }

  /**
   * Returns the bucket hash of a named bucket that several routes share.
   *
   * @param name the bucket's name
   * @return 32 hex digits
   */
  public static String namedBucketHash(String name) {
    return hash("bucket " + name);
  }

  /**
   * Digests text to 32 hex digits: opaque like Discord's hashes, and safe to use for secrets.
   *
   * @param text the text
   * @return the first 16 bytes of its SHA-256, in hex
   */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
