package dev.gloam.http.request.oauth2;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.oauth2.OpenIdUserInfo;

/**
 * Gets the OpenID Connect claims of the user a Bearer token belongs to (scope {@code openid}). Maps
 * "Get OpenID Connect User Info" ({@code GET /oauth2/userinfo}, in Discord's OpenAPI description).
 * Obtained from {@link dev.gloam.http.OAuth2Requests#openIdUserInfo}.
 *
 * <pre>{@code
 * OpenIdUserInfo info = bearerClient.openIdUserInfo().send().model();
 * }</pre>
 */
public final class GetOpenIdUserInfo extends Request<OpenIdUserInfo> {
  /**
   * Creates the request; use {@link dev.gloam.http.OAuth2Requests#openIdUserInfo} instead.
   *
   * @param transport the client's transport
   */
  public GetOpenIdUserInfo(Transport transport) {
    super(transport, Route.GET_OPENID_CONNECT_USERINFO, BodyReader.of(OpenIdUserInfo.class));
  }
}
