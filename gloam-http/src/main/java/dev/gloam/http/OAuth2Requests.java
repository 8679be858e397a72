package dev.gloam.http;

import dev.gloam.http.request.oauth2.GetCurrentAuthorization;
import dev.gloam.http.request.oauth2.GetCurrentBotApplication;
import dev.gloam.http.request.oauth2.GetOpenIdUserInfo;
import dev.gloam.http.request.oauth2.GetPublicKeys;
import dev.gloam.http.transport.Transport;

/**
 * OAuth2: the current authorization and application, public keys and OpenID Connect user info
 * (topics/oauth2).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /oauth2/@me}
 *   <li>{@code GET /oauth2/applications/@me}
 *   <li>{@code GET /oauth2/keys}
 *   <li>{@code GET /oauth2/userinfo}
 * </ul>
 */
public sealed interface OAuth2Requests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets what a Bearer token grants: the app, the scopes, when it expires and the user. Maps "Get
   * Current Authorization Information" ({@code GET /oauth2/@me}, topics/oauth2).
   *
   * @return the request
   */
  default GetCurrentAuthorization currentAuthorization() {
    return new GetCurrentAuthorization(transport());
  }

  /**
   * Gets the bot's application. Maps "Get Current Bot Application Information" ({@code GET
   * /oauth2/applications/@me}, topics/oauth2).
   *
   * @return the request
   */
  default GetCurrentBotApplication currentBotApplication() {
    return new GetCurrentBotApplication(transport());
  }

  /**
   * Gets the keys Discord signs OpenID Connect ID tokens with, to verify such tokens. Maps "Get
   * Public Keys" ({@code GET /oauth2/keys}, in Discord's OpenAPI description).
   *
   * @return the request
   */
  default GetPublicKeys publicKeys() {
    return new GetPublicKeys(transport());
  }

  /**
   * Gets the OpenID Connect claims of the user a Bearer token belongs to (scope {@code openid}).
   * Maps "Get OpenID Connect User Info" ({@code GET /oauth2/userinfo}, in Discord's OpenAPI
   * description).
   *
   * @return the request
   */
  default GetOpenIdUserInfo openIdUserInfo() {
    return new GetOpenIdUserInfo(transport());
  }
}
