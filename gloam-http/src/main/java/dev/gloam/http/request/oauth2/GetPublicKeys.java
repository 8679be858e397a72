package dev.gloam.http.request.oauth2;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.oauth2.PublicKeys;

/**
 * Gets the keys Discord signs OpenID Connect ID tokens with, to verify such tokens. Maps "Get
 * Public Keys" ({@code GET /oauth2/keys}, in Discord's OpenAPI description). Obtained from {@link
 * dev.gloam.http.OAuth2Requests#publicKeys}.
 *
 * <pre>{@code
 * PublicKeys keys = client.publicKeys().send().model();
 * }</pre>
 */
public final class GetPublicKeys extends Request<PublicKeys> {
  /**
   * Creates the request; use {@link dev.gloam.http.OAuth2Requests#publicKeys} instead.
   *
   * @param transport the client's transport
   */
  public GetPublicKeys(Transport transport) {
    super(transport, Route.GET_PUBLIC_KEYS, BodyReader.of(PublicKeys.class));
  }
}
