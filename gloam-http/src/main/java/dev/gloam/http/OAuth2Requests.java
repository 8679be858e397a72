package dev.gloam.http;

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
}
