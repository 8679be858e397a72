package dev.gloam.testkit.internal.wire;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes the bot token from any text before it is logged or recorded. This is the last line of
 * defence; the gateway also replaces IDENTIFY's token field on purpose.
 */
public final class Redactor {

  /** What a token is replaced with. */
  public static final String REDACTED = "<redacted>";

  private final String secret;

  /**
   * Creates a redactor for one secret.
   *
   * @param secret the token that must never be shown
   */
  public Redactor(String secret) {
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  // Webhook and interaction tokens travel in the path: /webhooks/{id}/{token}/...,
  // /interactions/{id}/{token}/callback.
  private static final Pattern PATH_TOKEN =
      Pattern.compile("(/(?:webhooks|interactions)/[^/?]+/)[^/?]+");

  /**
   * Replaces the webhook or interaction token in a request path, which only the caller may know.
   *
   * @param path the raw request path
   * @return the path with {@code <redacted>} in place of such a token
   */
  public static String redactPath(String path) {
    return PATH_TOKEN.matcher(path).replaceAll("$1" + REDACTED);
  }

  /**
   * Replaces every occurrence of the secret.
   *
   * @param text the text to clean, may be null
   * @return the text without the secret, or an empty string for null
   */
  public String redact(String text) {
    if (text == null) {
      return "";
    }
    if (secret.isEmpty() || !text.contains(secret)) {
      return text;
    }
    return text.replace(secret, REDACTED);
  }
}
