package dev.gloam.testkit.internal.wire;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the bot token from any text before it is logged or recorded. This is the last line of
 * defence; the gateway also replaces IDENTIFY's token field on purpose.
 */
public final class Redactor {

  /** What a token is replaced with. */
  public static final String REDACTED = "<redacted>";

  private final String secret;

  // Webhook and interaction tokens the world issued; found in text by their shape, then looked up.
  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private static final Pattern ISSUED_SHAPE =
      Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{60,}(?![A-Za-z0-9_-])");

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
    String clean =
        secret.isEmpty() || !text.contains(secret) ? text : text.replace(secret, REDACTED);
    return issued.isEmpty() ? clean : redactIssued(clean);
  }

  /**
   * Adds a secret issued while running, such as a webhook or interaction token; from now on it is
   * replaced too. Such secrets are at least 60 URL-safe Base64 characters long.
   *
   * @param token the secret
   */
  public void alsoRedact(String token) {
    issued.add(Objects.requireNonNull(token, "token"));
  }

  private String redactIssued(String text) {
    Matcher matcher = ISSUED_SHAPE.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (matcher.find()) {
      if (issued.contains(matcher.group())) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, last, matcher.start()).append(REDACTED);
        last = matcher.end();
      }
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }
}
