package dev.gloam.testkit.internal.openapi;

import tools.jackson.databind.JsonNode;

/**
 * Who may call an operation, from its {@code security} list: anyone (an empty requirement, as for
 * {@code GET /gateway} or webhook execution), a bot token, an OAuth2 bearer token, or several of
 * these.
 *
 * @param anonymous whether a request without credentials is accepted
 * @param botToken whether {@code Authorization: Bot <token>} is accepted
 * @param oauth2 whether {@code Authorization: Bearer <token>} is accepted
 */
public record Security(boolean anonymous, boolean botToken, boolean oauth2) {

  /** What an operation without a {@code security} list gets: a bot token. */
  public static final Security BOT = new Security(false, true, false);

  /**
   * Reads an operation's {@code security} list.
   *
   * @param security the list, or a missing node
   * @return the accepted credentials
   */
  public static Security of(JsonNode security) {
    if (security == null || !security.isArray() || security.isEmpty()) {
      return BOT;
    }
    boolean anonymous = false;
    boolean bot = false;
    boolean oauth2 = false;
    for (JsonNode requirement : security) {
      anonymous |= requirement.isEmpty();
      bot |= requirement.has("BotToken");
      oauth2 |= requirement.has("OAuth2");
    }
    return new Security(anonymous, bot, oauth2);
  }

  /**
   * Decides whether a request's credentials are enough. The testkit runs no OAuth2 flow, so any
   * non-empty bearer token stands for a user's grant.
   *
   * @param authorization the {@code Authorization} header, or null
   * @param validBotToken whether the header is exactly the testkit's bot token
   * @return true if the operation may run
   */
  public boolean permits(String authorization, boolean validBotToken) {
    if (anonymous) {
      return true;
    }
    if (botToken && validBotToken) {
      return true;
    }
    return oauth2
        && authorization != null
        && authorization.startsWith("Bearer ")
        && !authorization.substring("Bearer ".length()).isBlank();
  }
}
