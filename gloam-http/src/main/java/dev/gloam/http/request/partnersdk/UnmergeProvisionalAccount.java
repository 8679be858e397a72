package dev.gloam.http.request.partnersdk;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.validate.Check;

/**
 * Separates a provisional account from the Discord account it was merged into, identified by the
 * identity provider's token. Maps "Unmerge Provisional Account" ({@code POST
 * /partner-sdk/provisional-accounts/unmerge}, in Discord's OpenAPI description). Obtained from
 * {@link dev.gloam.http.PartnerSdkRequests#unmergeProvisionalAccount}.
 *
 * <pre>{@code
 * client.unmergeProvisionalAccount(applicationId, idToken, "OIDC").send();
 * }</pre>
 */
public final class UnmergeProvisionalAccount extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.PartnerSdkRequests#unmergeProvisionalAccount}
   * instead.
   *
   * @param transport the client's transport
   * @param clientId the application
   * @param externalAuthToken the identity provider's token for the player
   * @param externalAuthType the identity provider, such as {@code "OIDC"}
   */
  public UnmergeProvisionalAccount(
      Transport transport,
      Id<ApplicationMarker> clientId,
      String externalAuthToken,
      String externalAuthType) {
    super(transport, Route.PARTNER_SDK_UNMERGE_PROVISIONAL_ACCOUNT, BodyReader.empty());
    clientId(clientId);
    externalAuthToken(externalAuthToken);
    externalAuthType(externalAuthType);
  }

  /**
   * Sets the application the token is for.
   *
   * @param clientId the application
   * @return this request
   */
  public UnmergeProvisionalAccount clientId(Id<ApplicationMarker> clientId) {
    json().set("client_id", clientId);
    return this;
  }

  /**
   * Sets the application's client secret, for public clients that have none leave it out.
   *
   * @param clientSecret the secret, up to 1024 characters; never printed
   * @return this request
   */
  public UnmergeProvisionalAccount clientSecret(String clientSecret) {
    json().set("client_secret", clientSecret);
    check(() -> Check.maxLength("client_secret", clientSecret, 1024));
    return this;
  }

  /**
   * Sets the token the identity provider issued to the player.
   *
   * @param externalAuthToken 1 to 10240 characters; never printed
   * @return this request
   */
  public UnmergeProvisionalAccount externalAuthToken(String externalAuthToken) {
    json().set("external_auth_token", externalAuthToken);
    check(() -> Check.length("external_auth_token", externalAuthToken, 1, 10240));
    return this;
  }

  /**
   * Sets which identity provider issued the token.
   *
   * @param externalAuthType one of {@code OIDC}, {@code EPIC_ONLINE_SERVICES_ACCESS_TOKEN}, {@code
   *     EPIC_ONLINE_SERVICES_ID_TOKEN}, {@code STEAM_SESSION_TICKET}, {@code
   *     UNITY_SERVICES_ID_TOKEN}, {@code DISCORD_BOT_ISSUED_ACCESS_TOKEN}, {@code APPLE_ID_TOKEN}
   *     or {@code PLAYSTATION_NETWORK_ID_TOKEN}
   * @return this request
   */
  public UnmergeProvisionalAccount externalAuthType(String externalAuthType) {
    json().set("external_auth_type", externalAuthType);
    return this;
  }
}
