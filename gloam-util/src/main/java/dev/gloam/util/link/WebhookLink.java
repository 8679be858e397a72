package dev.gloam.util.link;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook's URL, as Discord gives it in a webhook's {@code url} field and as users paste it: its
 * id and, if the URL has one, its token (Discord: resources/webhook, "Execute Webhook" and "Get
 * Webhook with Token"). The token is a secret, so {@link #toString()} and every error message leave
 * it out; only {@link #toUrlWithToken()} and {@link #token()} give it.
 *
 * <p>Accepted: {@code https://} on {@code discord.com} or {@code discordapp.com} (optionally {@code
 * canary.} or {@code ptb.}), the path {@code /api/webhooks/{id}} or {@code
 * /api/webhooks/{id}/{token}}, optionally versioned as {@code /api/v10/webhooks/...}, with an
 * optional trailing slash; a query ({@code ?wait=true}, {@code ?thread_id=...}) or fragment is
 * ignored. Refused: plain {@code http} (a token must not travel in the clear), other hosts, ports,
 * further path segments (such as {@code /slack}, {@code /github} or {@code /messages/...}), an id
 * that is not a canonical non-zero 64-bit decimal, and a token that is empty or has characters
 * other than letters, digits, {@code _}, {@code -} and {@code .}.
 *
 * <pre>{@code
 * WebhookLink link = WebhookLink.parse(System.getenv("WEBHOOK_URL"));
 * log.info("posting to {}", link);            // WebhookLink[id=223704706495545344, token=<hidden>]
 * String secret = link.toUrlWithToken();      // https://discord.com/api/webhooks/2237.../3d89...
 * }</pre>
 *
 * @param id the webhook's id
 * @param token the webhook's token, if the URL has one
 */
public record WebhookLink(Id<WebhookMarker> id, Optional<String> token) {
  private static final String PATH = "/api/webhooks/";

  /**
   * Checks the parts.
   *
   * @throws LinkException of kind {@link Kind#TOKEN} if the token is empty or has characters a
   *     token never has
   * @throws NullPointerException if a part is null
   */
  public WebhookLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(token, "token");
    token.ifPresent(WebhookLink::checkToken);
  }

  /**
   * Returns the link to a webhook without its token.
   *
   * @param id the webhook's id
   * @return the link
   */
  public static WebhookLink of(Id<WebhookMarker> id) {
    return new WebhookLink(id, Optional.empty());
  }

  /**
   * Returns the link to a webhook with its token.
   *
   * @param id the webhook's id
   * @param token the webhook's token
   * @return the link
   * @throws LinkException if the token is empty or has characters a token never has
   */
  public static WebhookLink of(Id<WebhookMarker> id, String token) {
    return new WebhookLink(id, Optional.of(token));
  }

  /**
   * Reads a webhook URL.
   *
   * @param url the URL, such as {@code https://discord.com/api/webhooks/123/abc?wait=true}
   * @return the webhook's id and token
   * @throws LinkException if the text is not a webhook URL; the message never repeats the input
   */
  public static WebhookLink parse(String url) {
    DiscordUrl parts = DiscordUrl.read(url, true);
    int index = 0;
    if (parts.size() > index && parts.segment(index).equals("api")) {
      index++;
    } else {
      throw notWebhookPath();
    }
    if (parts.size() > index && isVersion(parts.segment(index))) {
      index++;
    }
    if (parts.size() > index + 1 && parts.segment(index).equals("webhooks")) {
      index++;
    } else {
      throw notWebhookPath();
    }
    Id<WebhookMarker> id = parts.id(index++, "webhook id");
    if (parts.size() == index) {
      return of(id);
    }
    if (parts.size() == index + 1) {
      return of(id, parts.segment(index));
    }
    throw new LinkException(
        Kind.PATH, "a webhook URL ends after the token; this one has further path segments");
  }

  /**
   * Reads a webhook URL, or tells that the text is not one.
   *
   * @param url the text
   * @return the link, or empty if the text is not a valid webhook URL
   */
  public static Optional<WebhookLink> tryParse(String url) {
    try {
      return Optional.of(parse(url));
    } catch (LinkException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the URL without the token, safe to show: {@code https://discord.com/api/webhooks/{id}}.
   * Discord answers it only with a bot token that may manage the webhook.
   *
   * @return the URL without any secret
   */
  public String toUrl() {
    return DiscordUrl.BASE + PATH + id;
  }

  /**
   * Returns the URL with the token, which lets anyone post as the webhook: treat it as a secret.
   * Without a token this is the same as {@link #toUrl()}.
   *
   * @return {@code https://discord.com/api/webhooks/{id}/{token}}
   */
  public String toUrlWithToken() {
    return token.map(secret -> toUrl() + "/" + secret).orElseGet(this::toUrl);
  }

  /** Returns the id and whether there is a token, never the token itself. */
  @Override
  public String toString() {
    return "WebhookLink[id=" + id + ", token=" + (token.isPresent() ? "<hidden>" : "<none>") + "]";
  }

  private static boolean isVersion(String segment) {
    return segment.length() >= 2
        && segment.length() <= 3
        && segment.charAt(0) == 'v'
        && segment.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
  }

  private static LinkException notWebhookPath() {
    return new LinkException(
        Kind.PATH, "a webhook URL's path is /api/webhooks/{id}/{token} or /api/v{n}/webhooks/...");
  }

  private static void checkToken(String token) {
    if (token.isEmpty()) {
      throw new LinkException(Kind.TOKEN, "the webhook token is empty");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || c == '.';
      if (!allowed) {
        // Position only: the character itself may be part of the secret.
        throw new LinkException(
            Kind.TOKEN,
            "the webhook token has a character other than letters, digits, _, - and . at position "
                + i);
      }
    }
  }
}
