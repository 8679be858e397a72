package dev.gloam.util.link;

import java.io.Serial;
import java.util.Objects;

/**
 * A text is not the kind of Discord link it was parsed as. The {@link #kind()} says which part is
 * wrong. Messages about webhook links never repeat any part of the input, since it may hold the
 * webhook's token.
 *
 * <pre>{@code
 * try {
 *   WebhookLink.parse(text);
 * } catch (LinkException e) {
 *   if (e.kind() == LinkException.Kind.HOST) { ... }
 * }
 * }</pre>
 */
public final class LinkException extends IllegalArgumentException {
  @Serial private static final long serialVersionUID = 1L;

  /** Which part of a link is wrong. */
  public enum Kind {
    /** The link does not start with {@code https://} (plain {@code http} is refused too). */
    SCHEME,
    /**
     * The host is not one of Discord's ({@code discord.com}, {@code discordapp.com}, with an
     * optional {@code canary.} or {@code ptb.}), or the link has a port or user information.
     */
    HOST,
    /** The path does not have the shape of the link: missing, extra or empty segments. */
    PATH,
    /** An id is not a decimal number, has leading zeros, is 0, or does not fit 64 bits. */
    ID,
    /** A webhook token is empty or has characters a token never has. */
    TOKEN
  }

  private final Kind kind;

  /**
   * Creates the exception.
   *
   * @param kind which part is wrong
   * @param message what is wrong, without any secret
   */
  public LinkException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Returns which part of the link is wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
