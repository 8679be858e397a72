package dev.gloam.http.request.oauth2;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.oauth2.AuthorizationInformation;

/**
 * Gets what a Bearer token grants: the app, the scopes, when it expires and the user. Maps "Get
 * Current Authorization Information" ({@code GET /oauth2/@me}, topics/oauth2). Obtained from {@link
 * dev.gloam.http.OAuth2Requests#currentAuthorization}.
 *
 * <pre>{@code
 * AuthorizationInformation grant = bearerClient.currentAuthorization().send().model();
 * }</pre>
 */
public final class GetCurrentAuthorization extends Request<AuthorizationInformation> {
  /**
   * Creates the request; use {@link dev.gloam.http.OAuth2Requests#currentAuthorization} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentAuthorization(Transport transport) {
    super(
        transport,
        Route.GET_MY_OAUTH2_AUTHORIZATION,
        BodyReader.of(AuthorizationInformation.class));
  }
}
