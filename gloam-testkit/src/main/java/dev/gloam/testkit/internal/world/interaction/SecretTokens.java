package dev.gloam.testkit.internal.world.interaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Makes the secrets of webhooks and interactions, and tells the wire log's redactor about each one
 * so that it never shows them.
 */
public final class SecretTokens {

  /** The length of a webhook token, as Discord's are. */
  public static final int WEBHOOK_TOKEN_LENGTH = 68;

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private final SecureRandom random = new SecureRandom();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  /** Creates a source of tokens without listeners. */
  public SecretTokens() {}

  /**
   * Calls a listener with every token issued from now on.
   *
   * @param listener for example the redactor's registration
   */
  public void onIssued(Consumer<String> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Makes a webhook token: 68 random URL-safe characters.
   *
   * @return the token
   */
  public String webhookToken() {
    return issue(randomText(WEBHOOK_TOKEN_LENGTH));
  }

  /**
   * Makes an interaction token shaped like Discord's: URL-safe Base64 of {@code
   * interaction:<id>:<random>}.
   *
   * @param interactionId the interaction
   * @return the token
   */
  public String interactionToken(long interactionId) {
    String raw = "interaction:" + Long.toUnsignedString(interactionId) + ":" + randomText(64);
    return issue(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Compares a presented token with the real one in constant time.
   *
   * @param expected the real token
   * @param presented what the request carries, may be null
   * @return true if they are equal
   */
  public static boolean matches(String expected, String presented) {
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  private String randomText(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }

  private String issue(String token) {
    for (Consumer<String> listener : listeners) {
      listener.accept(token);
    }
    return token;
  }
}
